package org.positionstracker.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true, header = "Exports the record for other tools.",
        description = "Exports the record for other tools.",
        subcommands = {ExportNetworkCommand.class},
        footer = {"", "Examples:",
                "  positions-tracker export network --type actor-topic --out net.graphml",
                "  positions-tracker export network --type actor-actor --relation conflict --topic territory --format csv --out conflict.csv"})
class ExportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing what to export: choose one of " + spec.subcommands().keySet());
    }
}
