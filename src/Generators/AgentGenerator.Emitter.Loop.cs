using System.Linq;
using AgentGen.Generators.Helpers;
using AgentGen.Generators.Model;

namespace AgentGen.Generators;

public sealed partial class AgentGenerator
{
    internal static partial class Emitter
    {
        private const string Context = "global::AgentGen.ToolCallContext";
        private const string Checkpoint = "global::AgentGen.IThreadCheckpoint";
        private const string Telemetry = "global::AgentGen.Agents.AgentTelemetry";
        private const string Activity = "global::System.Diagnostics.Activity";
        private const string Unexpected = "catch (global::System.Exception exception) when (exception is not global::System.OperationCanceledException || !cancellationToken.IsCancellationRequested)";

        /// <summary>Writes the dispatchers, the step, the bounded loop and the <c>IAgent</c> members of an agent with a union step.</summary>
        private static void WriteLoop(SourceWriter writer, AgentDeclarationModel agent, StepModel next, EquatableArray<ToolModel> members)
        {
            writer.WriteLine();
            WriteDispatcher(writer, agent, next, members);
            bool approvals = members.Any(m => m.Kind == ToolKind.RequiresApproval);
            if (approvals)
            {
                writer.WriteLine();
                WriteApprovedDispatcher(writer, agent, next, members);
            }

            writer.WriteLine();
            WriteRunsHandler(writer, next, members);
            writer.WriteLine();
            WriteStepAsync(writer, next, approvals);
            writer.WriteLine();
            WriteRunAsync(writer, agent);
            writer.WriteLine();
            WriteAgentInterface(writer, agent);
        }

        /// <summary>The name of a dispatcher arm's variable: the tool's name in camel case, kept clear of the dispatcher's parameters.</summary>
        private static string ArmVariable(ToolModel member)
        {
            string name = char.ToLowerInvariant(member.Declaration.Name[0]) + member.Declaration.Name.Substring(1);
            return name is "step" or "context" or "cancellationToken" or "grant" ? name + "Step" : name;
        }

        /// <summary>The body of an arm whose handler is missing, under its <c>#error</c>: compiles without a second error.</summary>
        private const string MissingHandlerThrow = "    throw new global::System.NotImplementedException(\"No handler: see the #error above.\");";

        private static string HandlerCall(HandlerModel? handler, string argument) =>
            $"Handle({argument}{(handler?.TakesCallContext == true ? ", context" : string.Empty)}{(handler?.TakesCancellationToken == false ? string.Empty : ", cancellationToken")})";

        private static void WriteDispatcher(SourceWriter writer, AgentDeclarationModel agent, StepModel next, EquatableArray<ToolModel> members)
        {
            writer.WriteLine("/// <summary>Runs the handler of the step the model chose: one arm per member of the closed union.</summary>");
            writer.WriteLine("/// <param name=\"step\">The chosen step.</param>");
            writer.WriteLine("/// <param name=\"context\">The call's id and attempt, for handlers that take them.</param>");
            writer.WriteLine("/// <param name=\"cancellationToken\">Cancels the handler.</param>");
            writer.WriteLine("/// <returns>The handler's explicit outcome.</returns>");
            writer.WriteLine(GeneratedCode);
            bool anyAsync = members.Any(m => m.Kind == ToolKind.Handled &&
                agent.Handlers.FirstOrDefault(h => h.ToolType == m.Declaration.FullyQualifiedName && !h.TakesApproved)?.Shape is not HandlerShape.Synchronous);
            string Return(string outcome) => anyAsync ? $"return {outcome};" : $"return new global::System.Threading.Tasks.ValueTask<{Outcome}>({outcome});";
            writer.OpenBlock($"public {(anyAsync ? "async " : string.Empty)}global::System.Threading.Tasks.ValueTask<{Outcome}> DispatchAsync({next.ResultType} step, {Context} context, {Token} cancellationToken = default)");
            writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(step);");
            writer.OpenBlock("switch (step)");
            foreach (ToolModel member in members)
            {
                string type = member.Declaration.FullyQualifiedName;
                string variable = ArmVariable(member);
                switch (member.Kind)
                {
                    case ToolKind.RequiresApproval:
                        writer.WriteLine($"case {type}:");
                        writer.WriteLine("    // [RequiresApproval]: nothing runs until a person approves this call.");
                        writer.WriteLine($"    {Return(Steps + ".AwaitApproval")}");
                        break;
                    case ToolKind.HumanInput:
                        writer.WriteLine($"case {type}:");
                        writer.WriteLine("    // [HumanInput]: the thread waits for a person's answer.");
                        writer.WriteLine($"    {Return(Steps + ".AwaitHuman")}");
                        break;
                    case ToolKind.Terminal:
                        writer.WriteLine($"case {type} {variable}:");
                        writer.WriteLine("    // [Terminal]: the work is finished.");
                        writer.WriteLine($"    {Return($"{Steps}.Terminal({variable})")}");
                        break;
                    default:
                        HandlerModel? handler = agent.Handlers.FirstOrDefault(h => h.ToolType == type && !h.TakesApproved);
                        string call = HandlerCall(handler, variable);
                        writer.WriteLine($"case {type} {variable}:");
                        if (handler is null)
                        {
                            // The one error the user sees here: no call to a handler that does not exist.
                            writer.WriteLine($"#error {AgentName(agent)} has no handler for {member.Declaration.Name}: add 'Task<StepOutcome> Handle({member.Declaration.Name} step, CancellationToken cancellationToken)' returning an explicit StepOutcome.");
                            writer.WriteLine(MissingHandlerThrow);
                            break;
                        }

                        writer.WriteLine(handler.Shape switch
                        {
                            HandlerShape.Synchronous => $"    {Return($"{Steps}.Checked({call})")}",
                            _ => $"    return {Steps}.Checked(await {call}.ConfigureAwait(false));",
                        });
                        break;
                }
            }

            writer.WriteLine("default:");
            writer.WriteLine($"    throw new global::System.ArgumentException($\"'{{step.ToolName}}' is not a member of {next.ResultType.Replace("global::", string.Empty)} known when this agent was compiled: pass one of its members, or rebuild the agent after adding a member so its dispatcher has an arm for it.\", nameof(step));");
            writer.CloseBlock();
            writer.CloseBlock();
        }

        private static void WriteApprovedDispatcher(SourceWriter writer, AgentDeclarationModel agent, StepModel next, EquatableArray<ToolModel> members)
        {
            writer.WriteLine("/// <summary>Runs the handler of a call a person approved: the only way an <c>Approved&lt;T&gt;</c> handler runs.</summary>");
            writer.WriteLine("/// <param name=\"grant\">The recorded approval.</param>");
            writer.WriteLine("/// <param name=\"context\">The call's id and attempt, for handlers that take them.</param>");
            writer.WriteLine("/// <param name=\"cancellationToken\">Cancels the handler.</param>");
            writer.WriteLine("/// <returns>The handler's explicit outcome.</returns>");
            writer.WriteLine(GeneratedCode);
            writer.OpenBlock($"private async global::System.Threading.Tasks.ValueTask<{Outcome}> DispatchApprovedAsync(global::AgentGen.ApprovalGrant grant, {Context} context, {Token} cancellationToken)");
            writer.OpenBlock("switch (grant.Call)");
            foreach (ToolModel member in members.Where(m => m.Kind == ToolKind.RequiresApproval))
            {
                string type = member.Declaration.FullyQualifiedName;
                HandlerModel? handler = agent.Handlers.FirstOrDefault(h => h.ToolType == type && h.TakesApproved);
                string call = HandlerCall(handler, $"grant.As<{type}>()");
                writer.WriteLine($"case {type}:");
                if (handler is null)
                {
                    writer.WriteLine($"#error {AgentName(agent)} has no handler for an approved {member.Declaration.Name}: add 'Task<StepOutcome> Handle(Approved<{member.Declaration.Name}> step, CancellationToken cancellationToken)'.");
                    writer.WriteLine(MissingHandlerThrow);
                    continue;
                }

                writer.WriteLine(handler.Shape == HandlerShape.Synchronous
                    ? $"    return {Steps}.Checked({call});"
                    : $"    return {Steps}.Checked(await {call}.ConfigureAwait(false));");
            }

            writer.WriteLine("default:");
            writer.WriteLine($"    throw new global::System.InvalidOperationException($\"'{{grant.Call.ToolName}}' does not require approval in {next.ResultType.Replace("global::", string.Empty)}, but the thread holds an approval of it: it was saved by a version where the tool required approval. Resume it with that version of the agent.\");");
            writer.CloseBlock();
            writer.CloseBlock();
        }

        private static void WriteRunsHandler(SourceWriter writer, StepModel next, EquatableArray<ToolModel> members)
        {
            string[] handled = members.Where(m => m.Kind == ToolKind.Handled).Select(m => m.Declaration.FullyQualifiedName).ToArray();
            writer.WriteLine("/// <summary>Whether a step runs one of this agent's handlers; the runtime answers the others itself.</summary>");
            writer.WriteLine(GeneratedCode);
            writer.WriteLine($"private static bool RunsHandler({next.ResultType} step) => {(handled.Length == 0 ? "false" : "step is " + string.Join(" or ", handled))};");
        }

        private static void WriteStepAsync(SourceWriter writer, StepModel next, bool approvals)
        {
            string arguments = string.Join(", ", next.Parameters
                .Where(p => p.Role != StepParameterRole.CancellationToken)
                .Select(p => p.Role == StepParameterRole.Thread ? "thread" : p.Name));
            string pending = LocalName(next, "pending"), answer = LocalName(next, "answer"), step = LocalName(next, "step"), outcome = LocalName(next, "outcome");
            string decided = LocalName(next, "decided"), grant = LocalName(next, "grant"), activity = LocalName(next, "activity");

            writer.WriteLine("/// <summary>One reduction (factor 12): one model call, one dispatch, the new events appended to a new thread.</summary>");
            writer.WriteLine("/// <param name=\"thread\">The thread; it is not changed.</param>");
            writer.WriteLine("/// <param name=\"cancellationToken\">Cancels the model call and the handler.</param>");
            writer.WriteLine("/// <returns>The new thread. An odd answer or a failing handler becomes an error event, never an exception.</returns>");
            writer.WriteLine(GeneratedCode);
            writer.WriteLine($"public global::System.Threading.Tasks.Task<{Thread}> StepAsync({Thread} thread, {Token} cancellationToken = default) => StepAsync(thread, null, cancellationToken);");
            writer.WriteLine();
            writer.WriteLine("/// <summary>");
            writer.WriteLine("/// One reduction (factor 12): runs the call the thread holds pending (just approved, or started by a run that stopped),");
            writer.WriteLine("/// or asks the model and runs its choice. The thread is saved through <paramref name=\"checkpoint\"/> before a handler runs.");
            writer.WriteLine("/// </summary>");
            writer.WriteLine("/// <param name=\"thread\">The thread; it is not changed.</param>");
            writer.WriteLine("/// <param name=\"checkpoint\">Saves the thread before a handler runs, so a run that stops inside it resumes as a retry; <see langword=\"null\"/> to keep it in memory.</param>");
            writer.WriteLine("/// <param name=\"cancellationToken\">Cancels the model call and the handler.</param>");
            writer.WriteLine("/// <returns>The new thread. An odd answer or a failing handler becomes an error event, never an exception.</returns>");
            writer.WriteLine(GeneratedCode);
            writer.OpenBlock($"public async global::System.Threading.Tasks.Task<{Thread}> StepAsync({Thread} thread, {Checkpoint}? checkpoint, {Token} cancellationToken)");
            writer.WriteLine($"{Steps}.EnsureCanStep(thread);");
            writer.WriteLine($"global::AgentGen.PendingCall? {pending} = {Steps}.FindPendingCall(thread);");
            writer.OpenBlock($"if ({pending} is null)");
            foreach (StepParameterModel parameter in next.Parameters.Where(p => p.Role == StepParameterRole.Data))
            {
                writer.WriteLine($"// Factor 13: {parameter.Name} is fetched deterministically, before the model is asked.");
                writer.WriteLine($"{parameter.Type} {parameter.Name} = await Load{char.ToUpperInvariant(parameter.Name[0])}{parameter.Name.Substring(1)}Async(thread, cancellationToken).ConfigureAwait(false);");
            }

            writer.WriteLine($"global::AgentGen.Agents.StepAnswer<{next.ResultType}> {answer} = await {next.Name}CoreAsync({arguments}{(arguments.Length > 0 ? ", " : string.Empty)}cancellationToken).ConfigureAwait(false);");
            writer.OpenBlock($"if (!{answer}.Result.IsSuccess)")
                .WriteLine("// Factor 9: an answer that cannot be read becomes an error event the model sees next time.")
                .WriteLine($"return {Steps}.RecordParseError(thread, {answer}.ToolName, {answer}.Result.Errors, MaxConsecutiveErrors);")
                .CloseBlock();
            writer.WriteLine();
            writer.WriteLine($"thread = thread.Append(new global::AgentGen.ToolCallEvent({Steps}.NewCallId(thread), {answer}.Result.Value));");
            writer.WriteLine($"{pending} = {Steps}.FindPendingCall(thread)!;");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine($"{next.ResultType} {step} = {pending}.StepAs<{next.ResultType}>();");
            writer.OpenBlock($"if ({pending}.Grant is null && !RunsHandler({step}))")
                .WriteLine("// [RequiresApproval], [HumanInput] and [Terminal] steps are the runtime's: no handler runs.")
                .WriteLine($"{Outcome} {decided} = await DispatchAsync({step}, {pending}.Context, cancellationToken).ConfigureAwait(false);")
                .WriteLine($"return {Steps}.RecordOutcome(thread, {pending}.CallId, {step}.ToolName, {decided}, MaxConsecutiveErrors);")
                .CloseBlock();
            writer.WriteLine();
            writer.WriteLine("// Factor 6: the start is saved before the handler runs. A run that stops inside the handler");
            writer.WriteLine("// leaves the call pending: the next step runs it again, with the same call id, as a retry.");
            writer.WriteLine($"thread = await {Steps}.StartCallAsync(thread, {pending}, checkpoint, cancellationToken).ConfigureAwait(false);");
            writer.WriteLine($"{Outcome} {outcome};");
            writer.WriteLine($"using {Activity}? {activity} = {Telemetry}.StartTool({step}.ToolName, {pending}.Context);");
            writer.OpenBlock("try");
            if (approvals)
            {
                writer.WriteLine($"{outcome} = {pending}.Grant is {{ }} {grant}");
                writer.WriteLine("    // Factor 7: a person approved this call; only their approval makes an Approved<T>.");
                writer.WriteLine($"    ? await DispatchApprovedAsync({grant}, {pending}.Context, cancellationToken).ConfigureAwait(false)");
                writer.WriteLine($"    : await DispatchAsync({step}, {pending}.Context, cancellationToken).ConfigureAwait(false);");
            }
            else
            {
                writer.WriteLine($"{outcome} = await DispatchAsync({step}, {pending}.Context, cancellationToken).ConfigureAwait(false);");
            }

            writer.CloseBlock();
            writer.OpenBlock(Unexpected)
                .WriteLine("// Factor 9: the error goes into the thread, compacted; enough of them in a row escalate.")
                .WriteLine($"{Telemetry}.Failed({activity}, exception);")
                .WriteLine($"return {Steps}.RecordToolError(thread, {pending}.CallId, {step}.ToolName, exception, MaxConsecutiveErrors);")
                .CloseBlock();
            writer.WriteLine();
            writer.WriteLine($"return {Steps}.RecordOutcome(thread, {pending}.CallId, {step}.ToolName, {outcome}, MaxConsecutiveErrors);");
            writer.CloseBlock();
        }

        private static void WriteRunAsync(SourceWriter writer, AgentDeclarationModel agent)
        {
            writer.WriteLine("/// <summary>The bounded loop: steps until the thread pauses, ends, escalates, or takes <see cref=\"MaxSteps\"/> steps.</summary>");
            writer.WriteLine("/// <param name=\"thread\">The thread; it is not changed.</param>");
            writer.WriteLine("/// <param name=\"cancellationToken\">Cancels the run.</param>");
            writer.WriteLine("/// <returns>The new thread; at the step limit its status is <see cref=\"global::AgentGen.ThreadStatus.StepLimitReached\"/>, and running it again goes on.</returns>");
            writer.WriteLine(GeneratedCode);
            writer.OpenBlock($"public async global::System.Threading.Tasks.Task<{Thread}> RunAsync({Thread} thread, {Token} cancellationToken = default)");
            writer.WriteLine($"using {Activity}? activity = {Telemetry}.StartRun({Literal(agent.Declaration.Name)}, thread);");
            writer.OpenBlock("for (int steps = 0; steps < MaxSteps; steps++)");
            writer.WriteLine("thread = await StepAsync(thread, cancellationToken).ConfigureAwait(false);");
            writer.OpenBlock("if (thread.Status != global::AgentGen.ThreadStatus.Ready)")
                .WriteLine($"{Telemetry}.EndRun(activity, thread);")
                .WriteLine("return thread;")
                .CloseBlock();
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine($"thread = {Steps}.RecordStepLimit(thread, MaxSteps);");
            writer.WriteLine($"{Telemetry}.EndRun(activity, thread);");
            writer.WriteLine("return thread;");
            writer.CloseBlock();
        }

        private static void WriteAgentInterface(SourceWriter writer, AgentDeclarationModel agent)
        {
            // Explicit members: the runner and the hosting package drive the agent through IAgent.
            writer.WriteLine(GeneratedCode);
            writer.WriteLine($"string global::AgentGen.IAgent.Name => {Literal(agent.Declaration.Name)};");
            writer.WriteLine();
            writer.WriteLine(GeneratedCode);
            writer.WriteLine("int global::AgentGen.IAgent.MaxSteps => MaxSteps;");
            writer.WriteLine();
            writer.WriteLine(GeneratedCode);
            writer.WriteLine($"global::System.Threading.Tasks.Task<{Thread}> global::AgentGen.IAgent.StepAsync({Thread} thread, {Checkpoint}? checkpoint, {Token} cancellationToken) => StepAsync(thread, checkpoint, cancellationToken);");
        }
    }
}
