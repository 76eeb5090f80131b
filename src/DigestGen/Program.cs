using DigestGen.Cli;

return CommandLine.Run(args);
