using System;
using System.Linq;

namespace AgentGen;

/// <summary>Checks a person's answer against the format a <see cref="IHumanInputRequest"/> asked for.</summary>
internal static class HumanResponses
{
    /// <summary>The answer as it is recorded, or an exception saying what the request accepts.</summary>
    public static string Normalize(ITool request, string answer)
    {
        if (request is not IHumanInputRequest options)
        {
            return answer;
        }

        string trimmed = answer.Trim();
        switch (options.Format)
        {
            case ResponseFormat.YesNo:
                if (trimmed.Equals("yes", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("y", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("true", StringComparison.OrdinalIgnoreCase))
                {
                    return "yes";
                }

                if (trimmed.Equals("no", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("n", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("false", StringComparison.OrdinalIgnoreCase))
                {
                    return "no";
                }

                throw Refuse(request, answer, "yes or no");
            case ResponseFormat.OneOf:
                string[] choices = options.Choices?.Where(c => !string.IsNullOrWhiteSpace(c)).ToArray() ?? [];
                if (choices.Length == 0)
                {
                    // The model asked for a choice and offered none: any answer is better than a thread stuck forever.
                    return NonEmpty(request, answer, trimmed);
                }

                return choices.FirstOrDefault(c => c.Trim().Equals(trimmed, StringComparison.OrdinalIgnoreCase))
                    ?? throw Refuse(request, answer, "one of " + string.Join(", ", choices.Select(c => "\"" + c + "\"")));
            default:
                return NonEmpty(request, answer, trimmed);
        }
    }

    private static string NonEmpty(ITool request, string answer, string trimmed) =>
        trimmed.Length > 0 ? answer : throw Refuse(request, answer, "a non-empty answer");

    private static ArgumentException Refuse(ITool request, string answer, string expected) =>
        new($"{request.ToolName} asks for {expected}; \"{answer}\" is not. Nothing was recorded: respond again.", nameof(answer));
}
