/**
 * The purpose-built reader and writer of the annotation file format behind
 * {@link dev.gloss.core.store.GlossStore}: streaming straight into and out of the generated model
 * classes. EMF's XMI loader and saver stay the reference: the reader declines whatever is not
 * plainly the Gloss format (and GlossStore then asks EMF, which reports errors with file, line and
 * column), the writer declines what EMF would write differently, and the tests compare both with
 * EMF byte for byte and attribute by attribute.
 */
package dev.gloss.core.store.internal;
