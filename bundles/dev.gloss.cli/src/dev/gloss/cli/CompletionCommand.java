/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;

/** {@code gloss completion}: a bash (and zsh) completion script for every command and option. */
@Command(name = "completion", header = "write a bash completion script for gloss", description = {
		"Writes a bash completion script for gloss: commands, options, formats and files complete with Tab. "
				+ "Load it in the current shell with",
		"  source <(gloss completion)",
		"or install it for every shell with",
		"  gloss completion > ~/.local/share/bash-completion/completions/gloss",
		"zsh loads it too, after 'autoload -U +X bashcompinit && bashcompinit'." }, exitCodeList = {
				"0:the script was written", "2:bad command line" })
final class CompletionCommand extends GlossCommand {

	@Override
	int run() {
		out.print(AutoComplete.bash("gloss", spec.root().commandLine()));
		out.flush();
		return OK;
	}
}
