using System;
using AgentGen;

namespace DeployBot;

/// <summary>Prints a thread's events as a conversation.</summary>
internal static class Transcript
{
    public static void Print(ThreadEvent e)
    {
        string? line = e switch
        {
            MessageEvent m => $"[{m.Source}] {m.Text}",
            ToolCallEvent c => $"[model] {c.Tool.ToolName}: {XmlContextRenderer.YamlOf(c.Tool).Replace("\n", ", ", StringComparison.Ordinal)}",
            ToolStartedEvent { Attempt: > 1 } s => $"[retry] {s.CallId}, attempt {s.Attempt}",
            ToolStartedEvent => null, // bookkeeping for retries
            ToolResultEvent r => $"[{r.ToolName}] {r.Result}",
            ToolErrorEvent x => $"[error] {x.ToolName}: {x.ErrorType}: {x.Message}",
            ParseErrorEvent p => $"[error] {p.Message}",
            DoneEvent d => $"[done] {d.Message}",
            ApprovalRequestedEvent => "[paused] waiting for a person to approve the deploy",
            HumanInputRequestedEvent => "[paused] waiting for a person's answer",
            ApprovalGrantedEvent g => $"[person] approved{(g.Comment is null ? string.Empty : ": " + g.Comment)}",
            ApprovalRejectedEvent r => $"[person] rejected: {r.Feedback}",
            HumanResponseEvent h => $"[person] {h.Text}",
            _ => $"[{e.Kind}]",
        };
        if (line is not null)
        {
            Console.WriteLine(line);
        }
    }
}
