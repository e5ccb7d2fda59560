using System;

namespace AgentGen.Tests.Context;

/// <summary>Factor 9: errors the agent got past can be left out of the context; the thread keeps them.</summary>
public sealed class HideResolvedErrorsTests
{
    private static readonly AgentThread Thread = AgentThread.FromEvents("t1",
    [
        new MessageEvent("deploy the frontend"),
        new ParseErrorEvent(null, "$: expected exactly one tool call, found text \"ok\""),
        new ToolCallEvent("call_2", new AgentGen.Tests.Agents.DeployFrontend("v1", AgentGen.Tests.Agents.DeployTarget.Staging)),
        new ToolErrorEvent("call_2", "deploy_frontend", "TimeoutException", "the deploy API did not answer"),
        new ToolCallEvent("call_4", new AgentGen.Tests.Agents.DeployFrontend("v1", AgentGen.Tests.Agents.DeployTarget.Staging)),
        new ToolResultEvent("call_4", "deploy_frontend", "deployed"),
        new ToolCallEvent("call_6", new AgentGen.Tests.Agents.ListGitTags(2)),
        new ToolErrorEvent("call_6", "list_git_tags", "IOException", "git is down"),
    ]);

    [Fact]
    public void Errors_before_the_last_success_are_left_out_with_their_failed_calls_and_later_ones_stay()
    {
        string shown = new XmlContextRenderer { HideResolvedErrors = true }.Render(Thread);

        Assert.DoesNotContain("expected exactly one tool call", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("did not answer", shown, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(shown, "<deploy_frontend>"));
        Assert.Contains("<deploy_frontend_result>\ndeployed\n</deploy_frontend_result>", shown, StringComparison.Ordinal);
        Assert.Contains("git is down", shown, StringComparison.Ordinal);
        Assert.EndsWith("</error>", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void By_default_every_error_is_shown()
    {
        string shown = XmlContextRenderer.Default.Render(Thread);

        Assert.Contains("expected exactly one tool call", shown, StringComparison.Ordinal);
        Assert.Contains("did not answer", shown, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(shown, "<deploy_frontend>"));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
