/**
 * The one owner of annotation files in the workbench: every write (the editor's session, quick
 * fixes, refactoring, import and export wizards) goes through {@link dev.gloss.ui.files.AnnotationFileService},
 * which routes it through the article's open session when there is one, and otherwise writes
 * under the lock every Gloss writer takes, keeping the previous content in the local history.
 */
package dev.gloss.ui.files;
