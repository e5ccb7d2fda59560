using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using AgentGen.Benchmarks.Steps;
using BenchmarkDotNet.Attributes;
using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;

namespace AgentGen.Benchmarks;

/// <summary>
/// One agent step with a single tool round on a 20-event conversation, side by side: AgentGen's generated
/// <c>StepAsync</c> against Microsoft Agent Framework's <see cref="ChatClientAgent"/> (the baseline), whose default
/// pipeline invokes tools through Microsoft.Extensions.AI's <see cref="FunctionInvokingChatClient"/>.
/// Both run the same tool code (<see cref="AgentStepHandlers"/>) and talk to the same kind of model, chosen by
/// <see cref="Model"/>: a scripted <see cref="IChatClient"/> (<see cref="AgentStepModel"/>, the issue's measurement), or
/// Microsoft.Extensions.AI.OpenAI's chat client over an in-memory HTTP handler answering the same way
/// (<see cref="AgentStepWireModel"/>), so that each side also pays for the provider's wire format.
/// </summary>
/// <remarks>
/// What each side does per operation is described in benchmarks/README.md. The setup checks that both sides
/// do it: one function call bound and its handler run, with the expected result recorded.
/// </remarks>
[MemoryDiagnoser]
[MinColumn]
public class AgentStepBenchmarks
{
    private IScriptedAnswers _agentGenModel = null!;
    private AgentStepDeployAgent _agentGen = null!;
    private AgentThread _thread = null!;
    private FunctionCallContent _call = null!;

    private IScriptedAnswers _frameworkModel = null!;
    private ChatClientAgent _framework = null!;
    private AgentSession _session = null!;
    private List<ChatMessage> _history = null!;

    /// <summary>What both sides talk to.</summary>
    public enum ModelKind
    {
        /// <summary>A scripted <see cref="IChatClient"/>: the agents' own overhead.</summary>
        Scripted,

        /// <summary>The OpenAI client over an in-memory HTTP handler: plus the provider's wire format, both ways.</summary>
        OpenAIWire,
    }

    /// <summary>Gets or sets what both sides talk to.</summary>
    [Params(ModelKind.Scripted, ModelKind.OpenAIWire)]
    public ModelKind Model { get; set; }

    /// <summary>Builds both agents and both 20-event conversations, and checks that one operation does what it should on each side.</summary>
    [GlobalSetup]
    public void Setup()
    {
        IChatClient agentGenClient;
        (_agentGenModel, agentGenClient) = CreateModel();
        _agentGen = new AgentStepDeployAgent(agentGenClient);
        _thread = AgentStepHistory.CreateThread();
        _call = new FunctionCallContent("call_scripted", DeployFrontend.ToolName, AgentStepModel.ParseArguments(AgentStepModel.ArgumentsJson));

        IChatClient frameworkClient;
        (_frameworkModel, frameworkClient) = CreateModel();
        _framework = new ChatClientAgent(
            frameworkClient,
            instructions: AgentStepDeployAgent.Instructions,
            name: "deploy_agent",
            tools: AgentStepHandlers.CreateFunctions());
        _session = _framework.CreateSessionAsync().AsTask().GetAwaiter().GetResult();
        _session.SetInMemoryChatHistory(AgentStepHistory.CreateMessages());
        if (!_session.TryGetInMemoryChatHistory(out List<ChatMessage>? history) || history is null)
        {
            throw new InvalidOperationException("The session has no in-memory chat history.");
        }

        _history = history;
        Check();
    }

    /// <summary>
    /// The baseline: <see cref="ChatClientAgent.RunAsync(AgentSession, ChatClientAgentRunOptions?, System.Threading.CancellationToken)"/>
    /// on the session's 20 messages. The function-invoking client asks the model (a function call), invokes the function,
    /// asks the model again with the result (a final text) and the agent stores the three new messages in the session;
    /// they are then removed, so every operation starts from the same 20 messages.
    /// </summary>
    /// <returns>The response.</returns>
    [Benchmark(Baseline = true, Description = "Agent Framework ChatClientAgent.RunAsync, one tool round")]
    public async Task<AgentResponse> AgentFramework_RunAsync()
    {
        AgentResponse response = await _framework.RunAsync(_session).ConfigureAwait(false);
        _history.RemoveRange(AgentStepHistory.Length, _history.Count - AgentStepHistory.Length);
        return response;
    }

    /// <summary>AgentGen's generated <c>StepAsync</c> on the 20-event thread (which it does not change).</summary>
    /// <returns>The new thread, with the call and its result appended.</returns>
    [Benchmark(Description = "AgentGen StepAsync")]
    public Task<AgentThread> AgentGen_StepAsync() => _agentGen.StepAsync(_thread);

    /// <summary>Part of the step, to see where its cost goes: rendering the context and building the request.</summary>
    /// <returns>The request.</returns>
    [Benchmark(Description = "  part: AgentGen Render…Prompt (context + request)")]
    public StepRequest AgentGen_RenderPrompt() => _agentGen.RenderDetermineNextStepPrompt(_thread);

    /// <summary>Part of the step, to see where its cost goes: binding the call and running the handler.</summary>
    /// <returns>The outcome.</returns>
    [Benchmark(Description = "  part: AgentGen bind + DispatchAsync")]
    public ValueTask<StepOutcome> AgentGen_BindAndDispatch() =>
        _agentGen.DispatchAsync(IDeployStep.ReadFunctionCall(_call).GetValueOrThrow(), new ToolCallContext("benchmark-thread", "call_20", 1));

    private (IScriptedAnswers Answers, IChatClient Client) CreateModel()
    {
        if (Model == ModelKind.Scripted)
        {
            var scripted = new AgentStepModel();
            return (scripted, scripted);
        }

        var wire = new AgentStepWireModel();
        return (wire, AgentStepWireModel.CreateClient(wire));
    }

    private void Check()
    {
        string expected = AgentStepHandlers.DeployFrontend("v1.4.2", DeployEnvironment.Production);

        AgentThread next = AgentGen_StepAsync().GetAwaiter().GetResult();
        if (next.Events.Length != AgentStepHistory.Length + 2 ||
            next.Events[^2] is not ToolCallEvent { Tool: DeployFrontend { Tag: "v1.4.2", Environment: DeployEnvironment.Production } } ||
            next.Events[^1] is not ToolResultEvent { Result: var result } || result != expected ||
            _agentGenModel.CallsAnswered != 1 || _agentGenModel.TextsAnswered != 0)
        {
            throw new InvalidOperationException($"AgentGen's step did not run the tool: {next}, last {next.Events[^1]}.");
        }

        AgentResponse response = AgentFramework_RunAsync().GetAwaiter().GetResult();
        if (response.Text != AgentStepModel.FinalText || _frameworkModel.CallsAnswered != 1 || _frameworkModel.TextsAnswered != 1)
        {
            throw new InvalidOperationException($"The Agent Framework run did not take one tool round: '{response.Text}', {_frameworkModel.CallsAnswered} call(s), {_frameworkModel.TextsAnswered} text(s).");
        }

        var results = new List<string?>();
        foreach (ChatMessage message in response.Messages)
        {
            foreach (AIContent content in message.Contents)
            {
                if (content is FunctionResultContent functionResult)
                {
                    results.Add(functionResult.Result as string);
                }
            }
        }

        if (results is not [var only] || only != expected || _history.Count != AgentStepHistory.Length)
        {
            throw new InvalidOperationException($"The Agent Framework run did not record the tool's result ({string.Join(" | ", results)}), or its history was not reset ({_history.Count} messages).");
        }

        // The session really holds the conversation: a run adds the call, the result and the text to it.
        _framework.RunAsync(_session).GetAwaiter().GetResult();
        if (!_session.TryGetInMemoryChatHistory(out List<ChatMessage>? history) || !ReferenceEquals(history, _history) || history.Count != AgentStepHistory.Length + 3)
        {
            throw new InvalidOperationException($"The session's history is not the list the benchmark resets ({history?.Count} messages).");
        }

        _history.RemoveRange(AgentStepHistory.Length, _history.Count - AgentStepHistory.Length);
    }
}
