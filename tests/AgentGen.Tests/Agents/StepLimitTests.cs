using System;
using System.Linq;
using System.Threading.Tasks;
using AgentGen;
using AgentGen.Testing;
using static AgentGen.Tests.Agents.AgentTestKit;

namespace AgentGen.Tests.Agents;

/// <summary>RunAsync is a bounded loop: at MaxSteps it stops in a resumable state, without throwing.</summary>
public sealed class StepLimitTests
{
    [Fact]
    public async Task A_run_stops_at_max_steps_with_a_resumable_thread()
    {
        var model = new ScriptedChatClient().Then(new CounterAdd(1)).Then(new CounterAdd(2)).Then(new CounterAdd(3)).Then(new CounterDone("never asked"));

        AgentThread thread = await new CounterAgent(model).RunAsync(AgentThread.Start("count to six"), Ct);

        Assert.Equal(3, CounterAgent.MaxSteps);
        Assert.Equal(new StepLimitReachedEvent(3), thread.Events[^1]);
        Assert.Equal(ThreadStatus.StepLimitReached, thread.Status);
        Assert.Equal(3, thread.StepCount);
        Assert.Equal(3, model.Requests.Count);
        Assert.Equal(1, model.Remaining);
    }

    [Fact]
    public async Task Running_again_after_the_limit_goes_on()
    {
        var model = new ScriptedChatClient()
            .Then(new CounterAdd(1)).Then(new CounterAdd(2)).Then(new CounterAdd(3))
            .Then(new CounterAdd(4)).Then(new CounterDone("counted"));
        var agent = new CounterAgent(model);

        AgentThread limited = await agent.RunAsync(AgentThread.Start("count"), Ct);
        AgentThread thread = await agent.RunAsync(limited, Ct);

        Assert.Equal(ThreadStatus.Done, thread.Status);
        Assert.Equal(5, thread.StepCount);
        Assert.Equal(["added 1", "added 2", "added 3", "added 4"], thread.Events.OfType<ToolResultEvent>().Select(r => r.Result));
        Assert.Contains("<step_limit_reached>\nmax_steps: 3\n</step_limit_reached>", model.Requests[3].Text, StringComparison.Ordinal);
        Assert.Equal(0, model.Remaining);
    }

    [Fact]
    public async Task Each_run_is_bounded_on_its_own()
    {
        var model = new ScriptedChatClient();
        for (int i = 1; i <= 7; i++)
        {
            model.Then(new CounterAdd(i));
        }

        var agent = new CounterAgent(model);
        AgentThread first = await agent.RunAsync(AgentThread.Start("count forever"), Ct);
        AgentThread second = await agent.RunAsync(first, Ct);

        Assert.Equal(ThreadStatus.StepLimitReached, second.Status);
        Assert.Equal(6, second.StepCount);
        Assert.Equal(2, second.Events.OfType<StepLimitReachedEvent>().Count());
        Assert.Equal(1, model.Remaining);
    }

    [Fact]
    public async Task A_single_step_on_a_thread_at_its_limit_is_allowed()
    {
        var model = new ScriptedChatClient().Then(new CounterDone("finished"));
        AgentThread limited = AgentThread.Start("count").Append(new StepLimitReachedEvent(3));

        AgentThread thread = await new CounterAgent(model).StepAsync(limited, Ct);

        Assert.Equal(ThreadStatus.Done, thread.Status);
    }
}
