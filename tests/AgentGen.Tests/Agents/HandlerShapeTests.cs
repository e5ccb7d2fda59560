using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AgentGen;
using AgentGen.Testing;
using static AgentGen.Tests.Agents.AgentTestKit;

namespace AgentGen.Tests.Agents;

/// <summary>Handlers may be synchronous, Task or ValueTask, with or without a cancellation token.</summary>
public sealed class HandlerShapeTests
{
    private static ITool StepFor(string shape) => shape switch
    {
        "sync" => new SyncPlain(1),
        "sync+token" => new SyncWithToken(2),
        "task" => new TaskPlain(3),
        "task+token" => new TaskWithToken(4),
        "valuetask" => new ValueTaskPlain(5),
        _ => new ValueTaskWithToken(6),
    };

    [Theory]
    [InlineData("sync", "sync 1")]
    [InlineData("sync+token", "sync+token 2 cancelable=True")]
    [InlineData("task", "task 3")]
    [InlineData("task+token", "task+token 4 cancelable=True")]
    [InlineData("valuetask", "valuetask 5")]
    [InlineData("valuetask+token", "valuetask+token 6 cancelable=True")]
    public async Task Each_handler_shape_runs_and_its_result_is_recorded(string shape, string expected)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var model = new ScriptedChatClient().Then(StepFor(shape)).Then(new ShapesDone("tried"));

        AgentThread thread = await new ShapesAgent(model).RunAsync(AgentThread.Start("try " + shape), cts.Token);

        Assert.Equal(["message", "tool_call", "tool_result", "tool_call", "done"], Kinds(thread));
        ToolResultEvent result = Single<ToolResultEvent>(thread);
        Assert.Equal(expected, result.Result);
        Assert.Equal(StepFor(shape).ToolName, result.ToolName);
        Assert.Equal(ThreadStatus.Done, thread.Status);
    }

    [Fact]
    public async Task A_handler_that_takes_a_token_gets_the_callers_token()
    {
        var model = new ScriptedChatClient().Then(new SyncWithToken(7)).Then(new TaskWithToken(8)).Then(new ValueTaskWithToken(9)).Then(new ShapesDone("tried"));

        // CancellationToken.None cannot be cancelled: a handler sees exactly what the caller passed.
        AgentThread thread = await new ShapesAgent(model).RunAsync(AgentThread.Start("try tokens"), CancellationToken.None);

        Assert.Equal(
            ["sync+token 7 cancelable=False", "task+token 8 cancelable=False", "valuetask+token 9 cancelable=False"],
            thread.Events.OfType<ToolResultEvent>().Select(r => r.Result));
    }

    [Fact]
    public async Task One_run_dispatches_every_shape_to_its_own_handler()
    {
        var model = new ScriptedChatClient();
        foreach (string shape in new[] { "valuetask+token", "sync", "task+token", "valuetask", "sync+token", "task" })
        {
            model.Then(StepFor(shape));
        }

        model.Then(new ShapesDone("tried them all"));

        AgentThread thread = await new ShapesAgent(model).RunAsync(AgentThread.Start("try all"), Ct);

        Assert.Equal(
            ["valuetask+token 6 cancelable=True", "sync 1", "task+token 4 cancelable=True", "valuetask 5", "sync+token 2 cancelable=True", "task 3"],
            thread.Events.OfType<ToolResultEvent>().Select(r => r.Result));
        Assert.Equal(new DoneEvent("tried them all"), thread.Events[^1]);
    }
}
