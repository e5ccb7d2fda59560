using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Threading.Tasks;
using AgentGen.Agents;
using AgentGen.Testing;
using static AgentGen.Tests.Agents.AgentTestKit;

namespace AgentGen.Tests.Agents;

/// <summary>OpenTelemetry: GenAI-convention spans for a run, its model calls and its tools, and counters for what happened.</summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task A_run_records_an_invoke_agent_span_with_chat_and_execute_tool_spans_inside()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == AgentTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var model = new ScriptedChatClient().Then(new ListGitTags(2)).Then(new DoneForNow("listed"));

        AgentThread thread = await new DeployLikeAgent(model, new DeployWorld()).RunAsync(AgentThread.Start("list the tags"), Ct);

        Activity run = Assert.Single(spans, s => s.OperationName == "invoke_agent DeployLikeAgent" && Equals(s.GetTagItem("gen_ai.conversation.id"), thread.Id));
        Activity[] inside = spans.Where(s => s.TraceId == run.TraceId && s != run).OrderBy(s => s.StartTimeUtc).ToArray();
        Assert.Equal(["chat", "execute_tool list_git_tags", "chat"], inside.Select(s => s.OperationName));
        Assert.All(inside, s => Assert.Equal(run.SpanId, s.ParentSpanId));
        Assert.Equal("Done", run.GetTagItem("agentgen.thread.status"));
        Activity tool = inside[1];
        Assert.Equal("execute_tool", tool.GetTagItem("gen_ai.operation.name"));
        Assert.Equal(thread.Events.OfType<ToolCallEvent>().First().CallId, tool.GetTagItem("gen_ai.tool.call.id"));
        Assert.Equal("DetermineNextStep", inside[0].GetTagItem("agentgen.step"));
    }

    [Fact]
    public async Task A_failing_handler_marks_its_tool_span_failed_and_counts_an_error()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == AgentTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var counts = new ConcurrentDictionary<string, long>();
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == AgentTelemetry.SourceName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<long>((instrument, value, _, _) => counts.AddOrUpdate(instrument.Name, value, (_, old) => old + value));
        meters.Start();
        var model = new ScriptedChatClient().Then(new Explode("disk on fire")).Then(new HoldOn("waiting for the fire brigade"));

        AgentThread thread = await new OpsAgent(model, new OpsProbe()).RunAsync(AgentThread.Start("check the disks"), Ct);

        Activity run = Assert.Single(spans, s => Equals(s.GetTagItem("gen_ai.conversation.id"), thread.Id));
        Activity tool = Assert.Single(spans, s => s.TraceId == run.TraceId && s.OperationName == "execute_tool explode");
        Assert.Equal(ActivityStatusCode.Error, tool.Status);
        Assert.NotNull(tool.GetTagItem("error.type"));
        Assert.Equal(ThreadStatus.Paused, thread.Status);
        meters.RecordObservableInstruments();
        Assert.True(counts.GetValueOrDefault("agentgen.steps") >= 2);
        Assert.True(counts.GetValueOrDefault("agentgen.errors") >= 1);
        Assert.True(counts.GetValueOrDefault("agentgen.pauses") >= 1);
    }
}
