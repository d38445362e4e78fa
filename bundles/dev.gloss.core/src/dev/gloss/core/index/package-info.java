/**
 * Where an article's annotations are, by offset: the interval index an editor keeps in step with
 * every edit, and the quick scan that fills it from an annotation file before the full load.
 * Plain Java, no workbench.
 */
package dev.gloss.core.index;
