using System;
using System.Threading.Tasks;
using AgentGen;
using AgentGen.Testing;
using static AgentGen.Tests.Agents.AgentTestKit;

namespace AgentGen.Tests.Agents;

/// <summary>Factor 13: a step's extra parameters are fetched deterministically before each model call and fill their placeholders.</summary>
public sealed class PrefetchTests
{
    [Fact]
    public async Task StepAsync_loads_the_tags_and_the_prompt_contains_them()
    {
        var tags = new ReleaseTagSource("v2.0.1", "v2.0.0", "v1.9.9");
        var model = new ScriptedChatClient().Then(new ReleaseTag("v2.0.1"));
        AgentThread start = AgentThread.Start("release the newest tag");

        AgentThread thread = await new ReleaseAgent(model, tags).StepAsync(start, Ct);

        Assert.Equal(
            """
            Release the newest tag.

            Known tags, newest first:
            v2.0.1
            v2.0.0
            v1.9.9

            <user_message>
            release the newest tag
            </user_message>
            """.ReplaceLineEndings("\n"),
            Assert.Single(model.Requests).Text);
        Assert.Same(start, Assert.Single(tags.Loads));
        Assert.Equal(new ToolResultEvent(LastCall(thread).CallId, "release_tag", "released v2.0.1"), thread.Events[^1]);
    }

    [Fact]
    public async Task Every_step_loads_again_from_the_current_thread()
    {
        var tags = new ReleaseTagSource("v2.0.1");
        var model = new ScriptedChatClient().Then(new ReleaseTag("v2.0.1")).Then(new ReleaseDone("released v2.0.1"));

        AgentThread thread = await new ReleaseAgent(model, tags).RunAsync(AgentThread.Start("release"), Ct);

        Assert.Equal(ThreadStatus.Done, thread.Status);
        Assert.Equal(2, tags.Loads.Count);
        Assert.Equal(["message"], Kinds(tags.Loads[0]));
        Assert.Equal(["message", "tool_call", "tool_result"], Kinds(tags.Loads[1]));
        Assert.All(model.Requests, r => Assert.Contains("Known tags, newest first:\nv2.0.1\n", r.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Render_takes_the_parameters_and_matches_what_was_sent()
    {
        var tags = new ReleaseTagSource("v3.1.0", "v3.0.0");
        var model = new ScriptedChatClient().Then(new ReleaseDone("nothing to do"));
        var agent = new ReleaseAgent(model, tags);
        AgentThread start = AgentThread.Start("release");

        await agent.StepAsync(start, Ct);

        Assert.Equal(agent.RenderNextPrompt(start, ["v3.1.0", "v3.0.0"]).Text, Assert.Single(model.Requests).Text);
        Assert.DoesNotContain("{{", model.Requests[0].Text, StringComparison.Ordinal);
    }
}
