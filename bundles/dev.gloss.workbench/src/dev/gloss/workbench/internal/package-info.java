/** The Gloss workbench product's own behaviour: what happens when it starts on a workspace. */
package dev.gloss.workbench.internal;
