using ClaimTracker.Cli.Commands;

// claimtracker extract FILE... | import DIR | bench | tokens create USER | users add NAME: each command lives in Commands/ and returns an exit code.
return args.FirstOrDefault() switch
{
    "extract" => ExtractCommand.Run(args[1..], Console.Out, Console.Error),
    "import" => await ImportCommand.RunAsync(args[1..], Console.Out, Console.Error),
    "bench" when args.Length > 1 && args[1] == "clients" => await ClientsBenchCommand.RunAsync(args[2..], Console.Out, Console.Error),
    "bench" when args.Length > 1 && args[1] == "store" => await StoreBenchCommand.RunAsync(args[2..], Console.Out, Console.Error),
    "bench" => BenchCommand.Run(args[1..], Console.Out, Console.Error),
    "tokens" => await TokensCommand.RunAsync(args[1..], Console.Out, Console.Error),
    "users" => await UsersCommand.RunAsync(args[1..], Console.Out, Console.Error),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: claimtracker <command> [options]
          extract FILE... [--published YYYY-MM-DD] [--format jsonl|table] [--keep-repeats]    print the claims found in files
          import DIR                                                         ingest a folder of .txt/.html/.pdf/.docx into the store
          tokens create USER [--name NAME]                                   print a new API token for a user (last line)
          users add NAME --role ROLE                                         add a user; prints a one-time password once
          bench [--articles N] [--rounds N]                                  measure reader and extractor throughput (medians of N rounds, default 5)
          bench store [--articles N] [--keep DIR]                            import N generated articles into a fresh store, time its queries
          bench store --keep DIR --reuse                                     time the queries of a kept store again (no import)
          bench clients --url URL [--clients N] [--seconds S] [--mix read|mixed|writes] [--token T]   N concurrent clients against a running app
        """);
    return 2;
}
