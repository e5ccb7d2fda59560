using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AgentGen.Generators.Helpers;
using AgentGen.Shared;
using AgentGen.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AgentGen.Generators;

public sealed partial class AgentGenerator
{
    internal static partial class Parser
    {
        private const string StepAttributeName = "AgentGen.StepAttribute";
        private const string ChatClientName = "global::Microsoft.Extensions.AI.IChatClient";
        private const string ContextRendererName = "global::AgentGen.IContextRenderer";
        private const string AgentThreadName = "global::AgentGen.AgentThread";
        private const string StepOutcomeName = "global::AgentGen.StepOutcome";

        private static readonly SymbolDisplayFormat s_typeWithNullability = SymbolDisplayFormat.FullyQualifiedFormat
            .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        public static AgentDeclarationModel? ParseAgent(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            BindAssemblyAttributesFirst(context.SemanticModel.Compilation);
            if (context.TargetSymbol is not INamedTypeSymbol type || !IsSupportedDeclaration(type, cancellationToken))
            {
                return null;
            }

            int maxSteps = 10, maxErrors = 3, protocol = 0;
            foreach (KeyValuePair<string, TypedConstant> argument in context.Attributes[0].NamedArguments)
            {
                switch (argument.Key)
                {
                    case "MaxSteps" when argument.Value.Value is int value: maxSteps = value; break;
                    case "MaxConsecutiveErrors" when argument.Value.Value is int value: maxErrors = value; break;
                    case "Protocol" when argument.Value.Value is int value: protocol = value; break;
                }
            }

            var steps = new List<StepModel>();
            var handlers = new List<HandlerModel>();
            foreach (ISymbol member in type.GetMembers())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (member is not IMethodSymbol method)
                {
                    continue;
                }

                // Handlers may be static (they often need no injected service); steps are instance methods.
                if (method.Name == "Handle" && ParseHandler(method) is { } handler)
                {
                    handlers.Add(handler);
                }
                else if (!method.IsStatic && ParseStep(method, protocol, cancellationToken) is { } step)
                {
                    steps.Add(step);
                }
            }

            return new AgentDeclarationModel(
                DescribeDeclaration(type),
                FindMember(type, ChatClientName, cancellationToken),
                FindMember(type, ContextRendererName, cancellationToken),
                maxSteps,
                maxErrors,
                steps.ToEquatableArray(),
                handlers.ToEquatableArray());
        }

        /// <summary>Fills the prompts of steps whose template is a file, from the AdditionalFiles that end with its path.</summary>
        public static AgentDeclarationModel WithPromptFiles(AgentDeclarationModel agent, EquatableArray<PromptFileModel> files)
        {
            if (!agent.Steps.Any(s => s.PromptFile is not null))
            {
                return agent;
            }

            var steps = agent.Steps.Select(step =>
            {
                if (step.PromptFile is null)
                {
                    return step;
                }

                string wanted = "/" + step.PromptFile.Replace('\\', '/').TrimStart('/');
                PromptFileModel? file = files.FirstOrDefault(f => ("/" + f.Path).EndsWith(wanted, StringComparison.OrdinalIgnoreCase));
                return file is null
                    ? step with { Prompt = EquatableArray<PromptSegment>.Empty }
                    : step with { Prompt = SplitPrompt(file.Text.Replace("\r\n", "\n"), step.Parameters.ToList()) };
            });
            return agent with { Steps = steps.ToEquatableArray() };
        }

        /// <summary>The tools of the union the agent's next-step step returns, sorted by tool name.</summary>
        public static EquatableArray<ToolModel> MembersOfNextStep(AgentDeclarationModel agent, EquatableArray<ToolModel> tools)
        {
            StepModel? next = agent.Steps.FirstOrDefault(s => s.ResultKind == StepResultKind.Union);
            return next is null ? EquatableArray<ToolModel>.Empty : MembersOf(next.ResultType, tools);
        }

        /// <summary>
        /// The tools of a union, by tool name (then by type, as <paramref name="tools"/> are sorted, should two share one).
        /// </summary>
        public static EquatableArray<ToolModel> MembersOf(string union, EquatableArray<ToolModel> tools)
        {
            var members = new List<ToolModel>();
            foreach (ToolModel tool in tools)
            {
                if (tool.Unions.Contains(union))
                {
                    members.Add(tool);
                }
            }

            members.Sort(static (a, b) =>
                string.CompareOrdinal(a.ToolName, b.ToolName) is int byName and not 0
                    ? byName
                    : string.CompareOrdinal(a.Declaration.FullyQualifiedName, b.Declaration.FullyQualifiedName));
            return members.ToEquatableArray();
        }

        /// <summary>A field, property or primary-constructor parameter of the given type, by name.</summary>
        private static string? FindMember(INamedTypeSymbol type, string typeName, CancellationToken cancellationToken)
        {
            foreach (ISymbol member in type.GetMembers())
            {
                ITypeSymbol? memberType = member switch
                {
                    IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false } field => field.Type,
                    IPropertySymbol { IsStatic: false, IsIndexer: false } property => property.Type,
                    _ => null,
                };
                if (memberType is not null && FullyQualified(memberType) == typeName)
                {
                    return member.Name;
                }
            }

            foreach (IMethodSymbol constructor in type.InstanceConstructors)
            {
                bool isPrimary = constructor.DeclaringSyntaxReferences.Any(r => r.GetSyntax(cancellationToken) is TypeDeclarationSyntax);
                IParameterSymbol? parameter = isPrimary ? constructor.Parameters.FirstOrDefault(p => FullyQualified(p.Type) == typeName) : null;
                if (parameter is not null)
                {
                    return parameter.Name;
                }
            }

            return null;
        }

        private static StepModel? ParseStep(IMethodSymbol method, int agentProtocol, CancellationToken cancellationToken)
        {
            AttributeData? attribute = method.GetAttributes().FirstOrDefault(a => IsNamed(a.AttributeClass, StepAttributeName));
            string? promptFile = attribute?.NamedArguments.FirstOrDefault(a => a.Key == "PromptFile").Value.Value as string;
            string? prompt = attribute?.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : promptFile is null ? null : string.Empty;
            if (attribute is null || !method.IsPartialDefinition || method.PartialImplementationPart is not null || prompt is null ||
                method.ReturnType is not INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } returnType)
            {
                return null;
            }

            string returnDefinition = returnType.OriginalDefinition.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            bool isValueTask = returnDefinition == "global::System.Threading.Tasks.ValueTask<TResult>";
            if (!isValueTask && returnDefinition != "global::System.Threading.Tasks.Task<TResult>")
            {
                return null;
            }

            ITypeSymbol result = returnType.TypeArguments[0];
            StepResultKind kind;
            if (result.SpecialType == SpecialType.System_String)
            {
                kind = StepResultKind.Text;
            }
            else if (HasAttribute(result, NextStepAttributeName))
            {
                kind = StepResultKind.Union;
            }
            else if (HasAttribute(result, AgentGenerator.ToolAttributeName))
            {
                kind = StepResultKind.Tool;
            }
            else
            {
                return null;
            }

            var parameters = new List<StepParameterModel>();
            foreach (IParameterSymbol parameter in method.Parameters)
            {
                string parameterType = FullyQualified(parameter.Type);
                StepParameterRole role = parameterType switch
                {
                    AgentThreadName => StepParameterRole.Thread,
                    "global::System.Threading.CancellationToken" => StepParameterRole.CancellationToken,
                    _ => StepParameterRole.Data,
                };
                parameters.Add(new StepParameterModel(parameter.Name, parameter.Type.ToDisplayString(s_typeWithNullability), role));
            }

            int protocol = agentProtocol;
            foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
            {
                if (argument.Key == "Protocol" && argument.Value.Value is int value)
                {
                    protocol = value;
                }
            }

            string modifiers = DeclaredModifiers(method, cancellationToken);
            return new StepModel(method.Name, modifiers, FullyQualified(result), kind, isValueTask, parameters.ToEquatableArray(), SplitPrompt(prompt, parameters), protocol, promptFile);
        }

        private static string DeclaredModifiers(IMethodSymbol method, CancellationToken cancellationToken)
        {
            foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is MethodDeclarationSyntax syntax)
                {
                    return string.Join(" ", syntax.Modifiers.Select(m => m.Text).Where(m => m != "partial" && m != "async"));
                }
            }

            return "public";
        }

        /// <summary>Splits <c>{{name}}</c> placeholders from literal text; a placeholder matches a parameter by name or snake_case name.</summary>
        internal static EquatableArray<PromptSegment> SplitPrompt(string prompt, IReadOnlyList<StepParameterModel> parameters)
        {
            var segments = new List<PromptSegment>();
            int position = 0;
            while (position < prompt.Length)
            {
                int open = prompt.IndexOf("{{", position, StringComparison.Ordinal);
                int close = open < 0 ? -1 : prompt.IndexOf("}}", open + 2, StringComparison.Ordinal);
                if (open < 0 || close < 0)
                {
                    segments.Add(new PromptSegment(prompt.Substring(position), false));
                    break;
                }

                string name = prompt.Substring(open + 2, close - open - 2).Trim();
                StepParameterModel? parameter = parameters.FirstOrDefault(p =>
                    p.Role != StepParameterRole.CancellationToken &&
                    (p.Name == name || Naming.ToSnakeCase(p.Name) == name || (name == "thread" && p.Role == StepParameterRole.Thread)));
                if (open > position)
                {
                    segments.Add(new PromptSegment(prompt.Substring(position, open - position), false));
                }

                // An unknown placeholder stays as written; the analyzer reports it.
                segments.Add(parameter is null ? new PromptSegment(prompt.Substring(open, close + 2 - open), false) : new PromptSegment(parameter.Name, true));
                position = close + 2;
            }

            return segments.ToEquatableArray();
        }

        private static HandlerModel? ParseHandler(IMethodSymbol method)
        {
            // The step, then optionally the call's context, then optionally a cancellation token.
            if (method.Parameters.Length is < 1 or > 3 || method.Parameters[0].Type is not INamedTypeSymbol stepType)
            {
                return null;
            }

            int next = 1;
            bool takesContext = method.Parameters.Length > next && FullyQualified(method.Parameters[next].Type) == "global::AgentGen.ToolCallContext";
            next += takesContext ? 1 : 0;
            bool takesToken = method.Parameters.Length > next && FullyQualified(method.Parameters[next].Type) == "global::System.Threading.CancellationToken";
            next += takesToken ? 1 : 0;
            if (next != method.Parameters.Length)
            {
                return null;
            }

            string returnType = FullyQualified(method.ReturnType);
            HandlerShape? shape = returnType switch
            {
                StepOutcomeName => HandlerShape.Synchronous,
                "global::System.Threading.Tasks.Task<" + StepOutcomeName + ">" => HandlerShape.Task,
                "global::System.Threading.Tasks.ValueTask<" + StepOutcomeName + ">" => HandlerShape.ValueTask,
                _ => null,
            };
            if (shape is null)
            {
                return null;
            }

            bool approved = stepType.IsGenericType && stepType.OriginalDefinition.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) == "global::AgentGen.Approved<T>";
            ITypeSymbol tool = approved ? stepType.TypeArguments[0] : stepType;
            return new HandlerModel(FullyQualified(tool), approved, shape.Value, takesContext, takesToken);
        }
    }
}
