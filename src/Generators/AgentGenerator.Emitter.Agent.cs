using System.Collections.Generic;
using System.Linq;
using AgentGen.Generators.Helpers;
using AgentGen.Generators.Model;

namespace AgentGen.Generators;

public sealed partial class AgentGenerator
{
    internal static partial class Emitter
    {
        private const string Steps = "global::AgentGen.Agents.AgentSteps";
        private const string Token = "global::System.Threading.CancellationToken";
        private const string Thread = "global::AgentGen.AgentThread";
        private const string Outcome = "global::AgentGen.StepOutcome";

        /// <summary>Writes an agent's step bodies, prompt renderers, dispatcher and bounded loop.</summary>
        public static string EmitAgent(AgentModel model)
        {
            AgentDeclarationModel agent = model.Agent;
            TypeDeclarationModel declaration = agent.Declaration;
            SourceWriter writer = OpenFile(declaration);

            writer.OpenBlock($"partial {declaration.Keyword} {declaration.Name}");
            writer.WriteLine("/// <summary>The most steps one <c>RunAsync</c> takes before the thread stops, resumable, at its step limit.</summary>");
            writer.WriteLine(GeneratedCode);
            writer.WriteLine($"public const int MaxSteps = {agent.MaxSteps};");
            writer.WriteLine();
            writer.WriteLine("/// <summary>How many errors in a row escalate the thread to a person instead of retrying.</summary>");
            writer.WriteLine(GeneratedCode);
            writer.WriteLine($"public const int MaxConsecutiveErrors = {agent.MaxConsecutiveErrors};");

            foreach (StepModel step in agent.Steps)
            {
                writer.WriteLine();
                WriteStep(writer, agent, step);
            }

            StepModel? next = agent.Steps.FirstOrDefault(s => s.ResultKind == StepResultKind.Union);
            if (next is not null)
            {
                writer.WriteLine();
                WriteDispatcher(writer, agent, next, model.UnionMembers);
                bool approvals = model.UnionMembers.Any(m => m.Kind == ToolKind.RequiresApproval);
                if (approvals)
                {
                    writer.WriteLine();
                    WriteApprovedDispatcher(writer, agent, next, model.UnionMembers);
                }

                writer.WriteLine();
                WriteStepAsync(writer, next, approvals);
                writer.WriteLine();
                WriteRunAsync(writer);
            }

            writer.CloseBlock();
            CloseContainingTypes(writer, declaration);

            return writer.ToString();
        }

        private static string Signature(StepModel step, bool withToken) => string.Join(", ", step.Parameters
            .Where(p => withToken || p.Role != StepParameterRole.CancellationToken)
            .Select(p => $"{p.Type} {p.Name}"));

        private static string TokenOf(StepModel step) =>
            step.Parameters.FirstOrDefault(p => p.Role == StepParameterRole.CancellationToken)?.Name ?? "default";

        private static void WriteStep(SourceWriter writer, AgentDeclarationModel agent, StepModel step)
        {
            string task = step.IsValueTask ? "global::System.Threading.Tasks.ValueTask" : "global::System.Threading.Tasks.Task";
            string readResult = step.ResultKind == StepResultKind.Text ? "string" : $"global::AgentGen.Agents.StepAnswer<{step.ResultType}>";
            string arguments = string.Join(", ", step.Parameters.Where(p => p.Role != StepParameterRole.CancellationToken).Select(p => p.Name));
            string token = TokenOf(step);

            // The partial method: the model's answer, or an exception when it cannot be read.
            writer.WriteLine(GeneratedCode);
            writer.OpenBlock($"{step.Modifiers} partial async {task}<{step.ResultType}> {step.Name}({Signature(step, withToken: true)})");
            writer.WriteLine($"{readResult} answer = await {step.Name}CoreAsync({arguments}{(arguments.Length > 0 ? ", " : string.Empty)}{token}).ConfigureAwait(false);");
            writer.WriteLine(step.ResultKind == StepResultKind.Text ? "return answer;" : "return answer.Result.GetValueOrThrow();");
            writer.CloseBlock();
            writer.WriteLine();

            // The prompt, exactly as sent.
            writer.WriteLine($"/// <summary>The messages and options <see cref=\"{step.Name}\"/> sends to the model, exactly as sent.</summary>");
            writer.WriteLine(GeneratedCode);
            writer.OpenBlock($"{Accessibility(step)} global::AgentGen.StepRequest Render{step.Name}Prompt({Signature(step, withToken: false)})");
            if (step.PromptFile is not null && step.Prompt.IsEmpty)
            {
                writer.WriteLine($"#error The prompt file '{step.PromptFile}' of {AgentName(agent)}.{step.Name} is not among the AdditionalFiles: add <AdditionalFiles Include=\"{step.PromptFile}\" /> to the project.");
            }

            string prompt = LocalName(step, "prompt"), messages = LocalName(step, "messages");
            List<string> pieces = step.Prompt.Select(segment => segment.IsPlaceholder ? PlaceholderValue(agent, step, segment.Text) : Literal(segment.Text)).ToList();
            bool spreads = pieces.Any(p => p.StartsWith("..", System.StringComparison.Ordinal));

            // The thread's rendering is spread in piece by piece, so the prompt is built with a single copy.
            writer.WriteLine(spreads ? $"string {prompt} = string.Concat((string[])[" : $"string {prompt} = string.Concat(");
            if (step.Protocol == 2 && step.ResultKind != StepResultKind.Text)
            {
                pieces.Add($"{Steps}.JsonInstructions({step.ResultType}.JsonSchema, union: {(step.ResultKind == StepResultKind.Union ? "true" : "false")})");
            }

            if (pieces.Count < 2)
            {
                pieces.Add("string.Empty");
            }

            for (int i = 0; i < pieces.Count; i++)
            {
                writer.WriteLine($"    {pieces[i]}{(i == pieces.Count - 1 ? (spreads ? "]);" : ");") : ",")}");
            }

            writer.WriteLine($"global::Microsoft.Extensions.AI.ChatMessage[] {messages} = [new(global::Microsoft.Extensions.AI.ChatRole.User, {prompt})];");
            string options = (step.ResultKind, step.Protocol) switch
            {
                (StepResultKind.Text, _) or (_, 2) => "new global::Microsoft.Extensions.AI.ChatOptions()",
                (StepResultKind.Union, 0) => $"{Steps}.ToolCallOptions({step.ResultType}.GetDeclarations())",
                (StepResultKind.Tool, 0) => $"{Steps}.ToolCallOptions([{step.ResultType}.GetDeclaration()])",
                (StepResultKind.Union, _) => $"{Steps}.JsonOptions({Utf8Of(step.ResultType + ".JsonSchema")}, {Literal(step.Name)})",
                _ => $"{Steps}.JsonOptions({step.ResultType}.GetJsonSchemaUtf8(), {Literal(step.Name)})",
            };
            writer.WriteLine($"return new global::AgentGen.StepRequest({messages}, {options});");
            writer.CloseBlock();
            writer.WriteLine();

            // The call and the binding, errors as values.
            writer.WriteLine(GeneratedCode);
            writer.OpenBlock($"private async global::System.Threading.Tasks.Task<{readResult}> {step.Name}CoreAsync({Signature(step, withToken: false)}{(arguments.Length > 0 ? ", " : string.Empty)}{Token} cancellationToken)");
            if (agent.ChatClient is null)
            {
                writer.WriteLine("#error The agent needs an IChatClient: add a constructor parameter, field or property of type Microsoft.Extensions.AI.IChatClient.");
            }

            string request = LocalName(step, "request"), response = LocalName(step, "response");
            string client = agent.ChatClient is null
                ? "null!"
                : $"({agent.ChatClient} ?? throw new global::System.InvalidOperationException(\"{agent.Declaration.Name}.{agent.ChatClient} is null: give the agent an IChatClient.\"))";
            writer.WriteLine($"global::AgentGen.StepRequest {request} = Render{step.Name}Prompt({arguments});");
            writer.WriteLine($"global::Microsoft.Extensions.AI.ChatResponse {response} = await {client}.GetResponseAsync({request}.Messages, {request}.Options, cancellationToken).ConfigureAwait(false);");
            string read = (step.ResultKind, step.Protocol) switch
            {
                (StepResultKind.Text, _) => $"{response}.Text",
                (StepResultKind.Union, 0) => $"{Steps}.ReadToolCall<{step.ResultType}>({response}, {step.ResultType}.ReadFunctionCall)",
                (StepResultKind.Tool, 0) => $"{Steps}.ReadToolCall<{step.ResultType}>({response}, {Steps}.ToolReader<{step.ResultType}>())",
                _ => $"{Steps}.ReadJsonAnswer<{step.ResultType}>({response}, {step.ResultType}.ReadJson)",
            };
            writer.WriteLine($"return {read};");
            writer.CloseBlock();
        }

        private static string Utf8Of(string constant) => $"global::System.Text.Encoding.UTF8.GetBytes({constant})";

        /// <summary>A local's name that no step parameter takes.</summary>
        private static string LocalName(StepModel step, string name)
        {
            while (step.Parameters.Any(p => p.Name == name))
            {
                name += "_";
            }

            return name;
        }

        /// <summary>The step's accessibility, for the methods generated beside it.</summary>
        private static string Accessibility(StepModel step)
        {
            string[] words = step.Modifiers.Split(' ');
            string accessibility = string.Join(" ", words.Where(w => w is "public" or "internal" or "protected" or "private"));
            return accessibility.Length == 0 ? "private" : accessibility;
        }

        private static string PlaceholderValue(AgentDeclarationModel agent, StepModel step, string parameterName)
        {
            StepParameterModel parameter = step.Parameters.First(p => p.Name == parameterName);
            return parameter.Role == StepParameterRole.Thread
                ? $"..{agent.ContextRenderer ?? "global::AgentGen.XmlContextRenderer.Default"}.RenderParts({parameter.Name})"
                : $"global::AgentGen.Agents.PromptValues.Format({parameter.Name})";
        }

        private static void WriteDispatcher(SourceWriter writer, AgentDeclarationModel agent, StepModel next, EquatableArray<ToolModel> members)
        {
            writer.WriteLine("/// <summary>Runs the handler of the step the model chose: one arm per member of the closed union.</summary>");
            writer.WriteLine("/// <param name=\"step\">The chosen step.</param>");
            writer.WriteLine("/// <param name=\"cancellationToken\">Cancels the handler.</param>");
            writer.WriteLine("/// <returns>The handler's explicit outcome.</returns>");
            writer.WriteLine(GeneratedCode);
            bool anyAsync = members.Any(m => m.Kind == ToolKind.Handled &&
                agent.Handlers.FirstOrDefault(h => h.ToolType == m.Declaration.FullyQualifiedName && !h.TakesApproved)?.Shape is not HandlerShape.Synchronous);
            string Return(string outcome) => anyAsync ? $"return {outcome};" : $"return new global::System.Threading.Tasks.ValueTask<{Outcome}>({outcome});";
            writer.OpenBlock($"public {(anyAsync ? "async " : string.Empty)}global::System.Threading.Tasks.ValueTask<{Outcome}> DispatchAsync({next.ResultType} step, {Token} cancellationToken = default)");
            writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(step);");
            writer.OpenBlock("switch (step)");
            foreach (ToolModel member in members)
            {
                string type = member.Declaration.FullyQualifiedName;
                string variable = char.ToLowerInvariant(member.Declaration.Name[0]) + member.Declaration.Name.Substring(1);
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
                        string call = $"Handle({variable}{(handler?.TakesCancellationToken == false ? string.Empty : ", cancellationToken")})";
                        writer.WriteLine($"case {type} {variable}:");
                        if (handler is null)
                        {
                            writer.WriteLine($"#error {AgentName(agent)} has no handler for {member.Declaration.Name}: add 'Task<StepOutcome> Handle({member.Declaration.Name} step, CancellationToken cancellationToken)' returning an explicit StepOutcome.");
                        }

                        writer.WriteLine(handler?.Shape switch
                        {
                            HandlerShape.Synchronous => $"    {Return($"{Steps}.Checked({call})")}",
                            _ => $"    return {Steps}.Checked(await {call}.ConfigureAwait(false));",
                        });
                        break;
                }
            }

            writer.WriteLine("default:");
            writer.WriteLine($"    throw new global::System.ArgumentException($\"'{{step.ToolName}}' is not a member of {next.ResultType.Replace("global::", string.Empty)} known when this agent was compiled.\", nameof(step));");
            writer.CloseBlock();
            writer.CloseBlock();
        }

        private static string AgentName(AgentDeclarationModel agent) => agent.Declaration.Name;

        private static void WriteApprovedDispatcher(SourceWriter writer, AgentDeclarationModel agent, StepModel next, EquatableArray<ToolModel> members)
        {
            writer.WriteLine("/// <summary>Runs the handler of a call a person approved: the only way an <c>Approved&lt;T&gt;</c> handler runs.</summary>");
            writer.WriteLine("/// <param name=\"grant\">The recorded approval.</param>");
            writer.WriteLine("/// <param name=\"cancellationToken\">Cancels the handler.</param>");
            writer.WriteLine("/// <returns>The handler's explicit outcome.</returns>");
            writer.WriteLine(GeneratedCode);
            writer.OpenBlock($"private async global::System.Threading.Tasks.ValueTask<{Outcome}> DispatchApprovedAsync(global::AgentGen.ApprovalGrant grant, {Token} cancellationToken)");
            writer.OpenBlock("switch (grant.Call)");
            foreach (ToolModel member in members.Where(m => m.Kind == ToolKind.RequiresApproval))
            {
                string type = member.Declaration.FullyQualifiedName;
                HandlerModel? handler = agent.Handlers.FirstOrDefault(h => h.ToolType == type && h.TakesApproved);
                string call = $"Handle(grant.As<{type}>(){(handler?.TakesCancellationToken == false ? string.Empty : ", cancellationToken")})";
                writer.WriteLine($"case {type}:");
                if (handler is null)
                {
                    writer.WriteLine($"#error {AgentName(agent)} has no handler for an approved {member.Declaration.Name}: add 'Task<StepOutcome> Handle(Approved<{member.Declaration.Name}> step, CancellationToken cancellationToken)'.");
                }

                writer.WriteLine(handler?.Shape == HandlerShape.Synchronous
                    ? $"    return {Steps}.Checked({call});"
                    : $"    return {Steps}.Checked(await {call}.ConfigureAwait(false));");
            }

            writer.WriteLine("default:");
            writer.WriteLine($"    throw new global::System.InvalidOperationException($\"'{{grant.Call.ToolName}}' does not require approval in {next.ResultType.Replace("global::", string.Empty)}.\");");
            writer.CloseBlock();
            writer.CloseBlock();
        }

        private static void WriteStepAsync(SourceWriter writer, StepModel next, bool approvals)
        {
            string arguments = string.Join(", ", next.Parameters
                .Where(p => p.Role != StepParameterRole.CancellationToken)
                .Select(p => p.Role == StepParameterRole.Thread ? "thread" : p.Name));
            writer.WriteLine("/// <summary>One reduction (factor 12): one model call, one dispatch, the new events appended to a new thread.</summary>");
            writer.WriteLine("/// <param name=\"thread\">The thread; it is not changed.</param>");
            writer.WriteLine("/// <param name=\"cancellationToken\">Cancels the model call and the handler.</param>");
            writer.WriteLine("/// <returns>The new thread. An odd answer or a failing handler becomes an error event, never an exception.</returns>");
            writer.WriteLine(GeneratedCode);
            writer.OpenBlock($"public async global::System.Threading.Tasks.Task<{Thread}> StepAsync({Thread} thread, {Token} cancellationToken = default)");
            writer.WriteLine($"{Steps}.EnsureCanStep(thread);");
            if (approvals)
            {
                writer.OpenBlock($"if ({Steps}.PendingApproval(thread) is {{ }} grant)");
                writer.WriteLine("// Factor 7: a person approved the pending call; it runs now, once, without asking the model.");
                writer.WriteLine($"{Outcome} approvedOutcome;");
                writer.OpenBlock("try").WriteLine("approvedOutcome = await DispatchApprovedAsync(grant, cancellationToken).ConfigureAwait(false);").CloseBlock();
                writer.OpenBlock("catch (global::System.Exception exception) when (exception is not global::System.OperationCanceledException || !cancellationToken.IsCancellationRequested)")
                    .WriteLine($"return {Steps}.RecordToolError(thread, grant.CallId, grant.Call.ToolName, exception, MaxConsecutiveErrors);")
                    .CloseBlock();
                writer.WriteLine();
                writer.WriteLine($"return {Steps}.RecordOutcome(thread, grant.CallId, grant.Call.ToolName, approvedOutcome, MaxConsecutiveErrors);");
                writer.CloseBlock();
                writer.WriteLine();
            }

            foreach (StepParameterModel parameter in next.Parameters.Where(p => p.Role == StepParameterRole.Data))
            {
                writer.WriteLine($"// Factor 13: {parameter.Name} is fetched deterministically, before the model is asked.");
                writer.WriteLine($"{parameter.Type} {parameter.Name} = await Load{char.ToUpperInvariant(parameter.Name[0])}{parameter.Name.Substring(1)}Async(thread, cancellationToken).ConfigureAwait(false);");
            }

            writer.WriteLine($"global::AgentGen.Agents.StepAnswer<{next.ResultType}> answer = await {next.Name}CoreAsync({arguments}{(arguments.Length > 0 ? ", " : string.Empty)}cancellationToken).ConfigureAwait(false);");
            writer.OpenBlock("if (!answer.Result.IsSuccess)")
                .WriteLine("// Factor 9: an answer that cannot be read becomes an error event the model sees next time.")
                .WriteLine($"return {Steps}.RecordParseError(thread, answer.ToolName, answer.Result.Errors, MaxConsecutiveErrors);")
                .CloseBlock();
            writer.WriteLine();
            writer.WriteLine($"{next.ResultType} step = answer.Result.Value;");
            writer.WriteLine($"var call = new global::AgentGen.ToolCallEvent({Steps}.NewCallId(thread), step);");
            writer.WriteLine($"{Outcome} outcome;");
            writer.OpenBlock("try").WriteLine("outcome = await DispatchAsync(step, cancellationToken).ConfigureAwait(false);").CloseBlock();
            writer.OpenBlock("catch (global::System.Exception exception) when (exception is not global::System.OperationCanceledException || !cancellationToken.IsCancellationRequested)")
                .WriteLine("// Factor 9: the error goes into the thread, compacted; enough of them in a row escalate.")
                .WriteLine($"return {Steps}.RecordCallError(thread, call, exception, MaxConsecutiveErrors);")
                .CloseBlock();
            writer.WriteLine();
            writer.WriteLine($"return {Steps}.RecordCall(thread, call, outcome, MaxConsecutiveErrors);");
            writer.CloseBlock();
        }

        private static void WriteRunAsync(SourceWriter writer)
        {
            writer.WriteLine("/// <summary>The bounded loop: steps until the thread pauses, ends, escalates, or takes <see cref=\"MaxSteps\"/> steps.</summary>");
            writer.WriteLine("/// <param name=\"thread\">The thread; it is not changed.</param>");
            writer.WriteLine("/// <param name=\"cancellationToken\">Cancels the run.</param>");
            writer.WriteLine("/// <returns>The new thread; at the step limit its status is <see cref=\"global::AgentGen.ThreadStatus.StepLimitReached\"/>, and running it again goes on.</returns>");
            writer.WriteLine(GeneratedCode);
            writer.OpenBlock($"public async global::System.Threading.Tasks.Task<{Thread}> RunAsync({Thread} thread, {Token} cancellationToken = default)");
            writer.OpenBlock("for (int steps = 0; steps < MaxSteps; steps++)");
            writer.WriteLine("thread = await StepAsync(thread, cancellationToken).ConfigureAwait(false);");
            writer.OpenBlock("if (thread.Status != global::AgentGen.ThreadStatus.Ready)")
                .WriteLine("return thread;")
                .CloseBlock();
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine($"return {Steps}.RecordStepLimit(thread, MaxSteps);");
            writer.CloseBlock();
        }
    }
}
