package dev.corstck.tck.cli;

import dev.corstck.tck.catalog.Level;
import dev.corstck.tck.catalog.Rule;
import dev.corstck.tck.catalog.RuleCatalog;
import dev.corstck.tck.catalog.RuleListing;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * List the rule catalog: {@code cors-tck rules [--level L] [--rules GLOBS] [--format text|json|markdown]}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Command(name = "rules", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = "List the rule catalog: ID, level, Fetch anchor, title.",
        footer = {"", "Examples:", "  cors-tck rules --level MUST", "  cors-tck rules --rules 'preflight.*,security.*'",
                "  cors-tck rules --format markdown > tck/RULES.md"})
public final class RulesCommand implements Callable<Integer> {

    /** Output formats of the listing. */
    enum Format { TEXT, JSON, MARKDOWN }

    @Option(names = "--level", paramLabel = "LEVEL", converter = LevelConverter.class,
            description = "Only rules at this level: MUST, SHOULD, SECURITY or INFO.")
    private Level level;

    @Option(names = "--rules", paramLabel = "GLOBS",
            description = "Only rules whose ID matches one of these comma-separated globs, e.g. 'preflight.*'.")
    private String selection;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            description = "text (default), json or markdown.")
    private Format format;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<Rule> rules;
        try {
            rules = selection == null ? RuleCatalog.all() : RuleCatalog.select(selection);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e, null, selection);
        }
        if (level != null) {
            rules = rules.stream().filter(r -> r.level() == level).toList();
        }
        if (rules.isEmpty()) {
            return Main.usageError(spec, "no rule matches the selection");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch (format) {
            case TEXT -> RuleListing.text(rules) + RuleListing.summary(rules) + System.lineSeparator();
            case JSON -> RuleListing.json(rules);
            case MARKDOWN -> RuleListing.markdown(rules);
        });
        out.flush();
        return Main.CONFORMANT;
    }

    static final class LevelConverter implements CommandLine.ITypeConverter<Level> {
        @Override
        public Level convert(String value) {
            return Level.valueOf(value.strip().toUpperCase(Locale.ROOT));
        }
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // picocli turns this into a usage error (exit 2) naming the option; say what would have been valid.
                throw new CommandLine.TypeConversionException("'" + value + "' is not a format; valid formats: "
                        + String.join(", ", java.util.Arrays.stream(Format.values())
                                .map(f -> f.name().toLowerCase(Locale.ROOT)).toList()));
            }
        }
    }
}
