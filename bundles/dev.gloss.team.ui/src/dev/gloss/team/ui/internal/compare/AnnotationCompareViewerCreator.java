package dev.gloss.team.ui.internal.compare;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.IViewerCreator;
import org.eclipse.compare.structuremergeviewer.StructureDiffViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Composite;

/** The structure pane of the compare editor for annotation files. */
public final class AnnotationCompareViewerCreator implements IViewerCreator {

	@Override
	public Viewer createViewer(Composite parent, CompareConfiguration configuration) {
		StructureDiffViewer viewer = new StructureDiffViewer(parent, configuration);
		viewer.setStructureCreator(new AnnotationStructureCreator());
		return viewer;
	}
}
