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

            StepModel? next = agent.Steps.FirstOrDefault(s => s.ResultKind == StepResultKind.Union);
            writer.OpenBlock($"partial {declaration.Keyword} {declaration.Name}{(next is null ? string.Empty : " : global::AgentGen.IAgent")}");
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

            if (next is not null)
            {
                WriteLoop(writer, agent, next, model.UnionMembers);
            }

            writer.CloseBlock();
            CloseContainingTypes(writer, declaration);

            return writer.ToStringAndRelease();
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

            string request = LocalName(step, "request"), response = LocalName(step, "response"), client = LocalName(step, "client"), activity = LocalName(step, "activity");
            string chatClient = agent.ChatClient is null
                ? "null!"
                : $"{agent.ChatClient} ?? throw new global::System.InvalidOperationException(\"{agent.Declaration.Name}.{agent.ChatClient} is null: give the agent an IChatClient.\")";
            writer.WriteLine($"global::AgentGen.StepRequest {request} = Render{step.Name}Prompt({arguments});");
            writer.WriteLine($"global::Microsoft.Extensions.AI.IChatClient {client} = {chatClient};");
            writer.WriteLine($"using {Activity}? {activity} = {Telemetry}.StartChat({client}, {Literal(agent.Declaration.Name)}, {Literal(step.Name)});");
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

        private static string AgentName(AgentDeclarationModel agent) => agent.Declaration.Name;
    }
}
