using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AgentGen.Analyzers.ControlFlow;

/// <summary>
/// Reports agent work that nobody awaits (AGEN0018): an <see langword="async"/> <see langword="void"/> method of an
/// <c>[Agent]</c>, an <see langword="async"/> <see langword="void"/> lambda or local function in a handler or step, and,
/// in a handler or step, a task whose result is dropped (<c>SendAsync();</c>, <c>_ = SendAsync();</c>,
/// <c>Task.Run(...);</c>). The outcome then says "done" before the work is, and its failure never reaches the thread (factors 8 and 9).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnobservedTaskAnalyzer : AgentAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UnobservedTask);

    /// <inheritdoc/>
    private protected override void Register(CompilationStartAnalysisContext start, AgentSymbols symbols)
    {
        var awaitables = new[]
        {
            start.Compilation.GetTypeByMetadataName("System.Threading.Tasks.Task"),
            start.Compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1"),
            start.Compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask"),
            start.Compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1"),
        }.Where(t => t is not null).Select(t => t!).ToImmutableArray();
        start.RegisterSymbolAction(c => AnalyzeMethods(c, symbols), SymbolKind.NamedType);
        AgentBodies.Register(
            start,
            symbols,
            include: null,
            c =>
            {
                if (c.Operation.Kind == OperationKind.ExpressionStatement)
                {
                    AnalyzeStatement(c, symbols, awaitables);
                }
                else
                {
                    AnalyzeFunction(c, symbols);
                }
            },
            OperationKind.ExpressionStatement,
            OperationKind.AnonymousFunction,
            OperationKind.LocalFunction);
    }

    /// <summary>The agent's async void methods: one action per type, not one per method of the whole compilation.</summary>
    private static void AnalyzeMethods(SymbolAnalysisContext context, AgentSymbols symbols)
    {
        var agent = (INamedTypeSymbol)context.Symbol;
        if (!symbols.IsAgent(agent))
        {
            return;
        }

        foreach (ISymbol member in agent.GetMembers())
        {
            if (member is IMethodSymbol { IsAsync: true, ReturnsVoid: true, MethodKind: MethodKind.Ordinary } method &&
                SyntaxFilter.UserLocation(method, context.CancellationToken) is { } location)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnobservedTask, location, $"'{method.Name}' is async void, so nobody can await it", agent.Name));
            }
        }
    }

    private static void AnalyzeFunction(AgentOperationContext context, AgentSymbols symbols)
    {
        IMethodSymbol? function = context.Operation switch
        {
            IAnonymousFunctionOperation lambda => lambda.Symbol,
            ILocalFunctionOperation local => local.Symbol,
            _ => null,
        };
        if (function is not { IsAsync: true, ReturnsVoid: true } || Owner(context, symbols) is not { } owner)
        {
            return;
        }

        Location location = context.Operation.Syntax switch
        {
            LocalFunctionStatementSyntax local => local.Identifier.GetLocation(),
            AnonymousFunctionExpressionSyntax lambda => lambda.AsyncKeyword.GetLocation(),
            var syntax => syntax.GetLocation(),
        };
        string what = function.MethodKind == MethodKind.LocalFunction ? $"'{function.Name}' is async void" : "An async void lambda";
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnobservedTask, location, what + ", so nobody can await it", owner));
    }

    private static void AnalyzeStatement(AgentOperationContext context, AgentSymbols symbols, ImmutableArray<INamedTypeSymbol> awaitables)
    {
        IOperation dropped = ((IExpressionStatementOperation)context.Operation).Operation;
        if (dropped is ISimpleAssignmentOperation { Target: IDiscardOperation } discard)
        {
            dropped = discard.Value;
        }

        while (dropped is IConversionOperation { IsImplicit: true } conversion)
        {
            dropped = conversion.Operand;
        }

        if (dropped is not IInvocationOperation invocation || invocation.Type is not INamedTypeSymbol type ||
            !awaitables.Contains(type.OriginalDefinition, SymbolEqualityComparer.Default) || Owner(context, symbols) is not { } owner)
        {
            return;
        }

        string what = $"The task '{invocation.TargetMethod.Name}' returns is never awaited";
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnobservedTask, invocation.Syntax.GetLocation(), what, owner));
    }

    private static string? Owner(AgentOperationContext context, AgentSymbols symbols) =>
        context.ContainingSymbol is IMethodSymbol method ? symbols.HandlerOrStepName(method) : null;
}
