using System;
using System.Collections.Generic;

namespace DeployBot;

/// <summary>What the person asked for on the command line.</summary>
internal sealed record CommandLine
{
    public const string Usage = """
        usage: DeployBot [--non-interactive] [--db <file>]
               DeployBot --resume <thread id> (--approve [comment] | --reject <feedback> | --respond <text>) [--non-interactive] [--db <file>]

          (no arguments)     start a new deploy conversation; when it pauses for a person, ask here
          --non-interactive  when the conversation pauses for a person, save it and exit (it resumes later with --resume)
          --resume <id>      go on with a saved conversation, answering what it waits for:
            --approve [c]    approve the deploy it waits on (with an optional comment)
            --reject <f>     reject it, telling the model why
            --respond <t>    answer its question
          --db <file>        the SQLite file threads are kept in (default: the app's data folder)
        """;

    public bool NonInteractive { get; private init; }

    public string? Database { get; private init; }

    public string? ResumeId { get; private init; }

    public string? Approve { get; private init; }

    public bool Approving { get; private init; }

    public string? Reject { get; private init; }

    public string? Respond { get; private init; }

    /// <summary>Reads the arguments; the error says what was wrong, for the usage text.</summary>
    public static CommandLine? Parse(IReadOnlyList<string> args, out string? error)
    {
        var line = new CommandLine();
        error = null;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            string? Value(bool optional = false)
            {
                if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    return args[++i];
                }

                return optional ? null : throw new FormatException($"{arg} needs a value");
            }

            try
            {
                line = arg switch
                {
                    "--non-interactive" => line with { NonInteractive = true },
                    "--db" => line with { Database = Value() },
                    "--resume" => line with { ResumeId = Value() },
                    "--approve" => line with { Approving = true, Approve = Value(optional: true) },
                    "--reject" => line with { Reject = Value() },
                    "--respond" => line with { Respond = Value() },
                    _ => throw new FormatException($"unknown argument '{arg}'"),
                };
            }
            catch (FormatException e)
            {
                error = e.Message;
                return null;
            }
        }

        int answers = (line.Approving ? 1 : 0) + (line.Reject is null ? 0 : 1) + (line.Respond is null ? 0 : 1);
        error = (line.ResumeId, answers) switch
        {
            (null, > 0) => "--approve, --reject and --respond go with --resume <thread id>",
            (not null, 0) => "--resume needs one of --approve, --reject or --respond",
            (_, > 1) => "give only one of --approve, --reject or --respond",
            _ => null,
        };
        return error is null ? line : null;
    }
}
