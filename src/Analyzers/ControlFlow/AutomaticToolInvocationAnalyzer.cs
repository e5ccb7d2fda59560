using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AgentGen.Analyzers.ControlFlow;

/// <summary>
/// Reports automatic tool invocation behind an agent (AGEN0016): <c>UseFunctionInvocation</c> or
/// <c>new FunctionInvokingChatClient(...)</c> in a method (or initializer, or top-level program) that also creates or
/// registers an <c>[Agent]</c>, and <c>AIFunctionFactory.Create</c> inside an <c>[Agent]</c> class with a <c>[Step]</c>.
/// Either lets the chat client run functions between the model's answer and the agent's dispatcher, where no handler,
/// outcome or approval sees them (factor 8).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AutomaticToolInvocationAnalyzer : AgentAnalyzer
{
    private const string AiNamespace = "Microsoft.Extensions.AI";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.AutomaticToolInvocation);

    /// <inheritdoc/>
    private protected override void Register(CompilationStartAnalysisContext start, AgentSymbols symbols)
    {
        INamedTypeSymbol? invokingClient = start.Compilation.GetTypeByMetadataName(AiNamespace + ".FunctionInvokingChatClient");
        INamedTypeSymbol? functionFactory = start.Compilation.GetTypeByMetadataName(AiNamespace + ".AIFunctionFactory");
        if (invokingClient is null && functionFactory is null)
        {
            return;
        }

        start.RegisterOperationAction(c => AnalyzeCreation(c, symbols, invokingClient), OperationKind.ObjectCreation);
        start.RegisterOperationAction(c => AnalyzeInvocation(c, symbols, functionFactory), OperationKind.Invocation);
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, AgentSymbols symbols, INamedTypeSymbol? invokingClient)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type is INamedTypeSymbol created && DerivesFrom(created, invokingClient))
        {
            Location location = (creation.Syntax as ObjectCreationExpressionSyntax)?.Type.GetLocation() ?? creation.Syntax.GetLocation();
            ReportIfAgentNearby(context, symbols, location, "'" + created.Name + "'");
        }
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, AgentSymbols symbols, INamedTypeSymbol? functionFactory)
    {
        var invocation = (IInvocationOperation)context.Operation;
        IMethodSymbol method = invocation.TargetMethod;
        if (method.Name == "UseFunctionInvocation" && method.ContainingNamespace?.ToDisplayString() == AiNamespace)
        {
            Location location = invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }
                ? access.Name.GetLocation()
                : invocation.Syntax.GetLocation();
            ReportIfAgentNearby(context, symbols, location, "'UseFunctionInvocation'");
        }
        else if (method.Name == "Create" && functionFactory is not null && SymbolEqualityComparer.Default.Equals(method.ContainingType, functionFactory) &&
            context.ContainingSymbol.ContainingType is { } type && symbols.IsAgent(type) &&
            type.GetMembers().Any(m => m is IMethodSymbol && AgentSymbols.Has(m, symbols.Step)))
        {
            Location location = (invocation.Syntax as InvocationExpressionSyntax)?.Expression.GetLocation() ?? invocation.Syntax.GetLocation();
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.AutomaticToolInvocation, location, "'AIFunctionFactory.Create'", type.Name));
        }
    }

    /// <summary>
    /// Reports the site when the code around it (the whole method body, initializer or top-level program, lambdas included)
    /// creates an agent (<c>new DeployAgent(...)</c>) or registers one (<c>AddSingleton&lt;DeployAgent&gt;()</c>). Sites are
    /// rare, so the walk costs nothing in code that does not turn on automatic invocation.
    /// </summary>
    private static void ReportIfAgentNearby(OperationAnalysisContext context, AgentSymbols symbols, Location location, string what)
    {
        IOperation root = context.Operation;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        foreach (IOperation operation in root.Descendants())
        {
            INamedTypeSymbol? agent = operation switch
            {
                IObjectCreationOperation { Type: INamedTypeSymbol created } when symbols.IsAgent(created) => created,
                IInvocationOperation invocation => invocation.TargetMethod.TypeArguments.OfType<INamedTypeSymbol>().FirstOrDefault(symbols.IsAgent),
                _ => null,
            };
            if (agent is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.AutomaticToolInvocation, location, what, agent.Name));
                return;
            }
        }
    }

    private static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol? baseType)
    {
        for (INamedTypeSymbol? current = type; current is not null && baseType is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
