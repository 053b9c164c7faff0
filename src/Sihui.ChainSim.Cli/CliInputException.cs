namespace Sihui.ChainSim.Cli;

/// <summary>A command line the program cannot act on: a missing file, an unknown target or variant, an option out of range. Exit code 2.</summary>
public sealed class CliInputException(string message) : Exception(message);
