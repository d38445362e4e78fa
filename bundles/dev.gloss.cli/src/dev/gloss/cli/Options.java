package dev.gloss.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options and operands of one command line: {@code --name value}, {@code --name=value} and
 * flags, in any order before or between operands; {@code --} ends the options.
 */
final class Options {

	private final Map<String, String> values = new HashMap<>();
	private final List<String> operands = new ArrayList<>();

	private Options() {
	}

	/**
	 * @param valued the options that take a value
	 * @param flags  the options that do not
	 */
	static Options parse(List<String> args, Set<String> valued, Set<String> flags) throws UsageException {
		Options options = new Options();
		boolean onlyOperands = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (onlyOperands || !arg.startsWith("--") || arg.equals("-")) {
				if (!onlyOperands && arg.startsWith("-") && !arg.equals("-")) {
					throw new UsageException("unknown option '" + arg + "'");
				}
				options.operands.add(arg);
			} else if (arg.equals("--")) {
				onlyOperands = true;
			} else {
				int equals = arg.indexOf('=');
				String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
				if (valued.contains(name)) {
					String value;
					if (equals >= 0) {
						value = arg.substring(equals + 1);
					} else if (i + 1 < args.size()) {
						value = args.get(++i);
					} else {
						throw new UsageException("--" + name + " needs a value");
					}
					if (options.values.put(name, value) != null) {
						throw new UsageException("--" + name + " is given twice");
					}
				} else if (flags.contains(name) && equals < 0) {
					options.values.put(name, "true");
				} else {
					throw new UsageException("unknown option '" + arg + "'");
				}
			}
		}
		return options;
	}

	String get(String name) {
		return values.get(name);
	}

	String required(String name) throws UsageException {
		String value = values.get(name);
		if (value == null || value.isEmpty()) {
			throw new UsageException("--" + name + " is required");
		}
		return value;
	}

	boolean flag(String name) {
		return values.containsKey(name);
	}

	List<String> operands() {
		return operands;
	}
}
