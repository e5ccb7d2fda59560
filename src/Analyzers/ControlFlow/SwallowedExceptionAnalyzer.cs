using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace AgentGen.Analyzers.ControlFlow;

/// <summary>
/// Reports a <c>catch</c> in a handler or <c>[Step]</c> method of an <c>[Agent]</c> that neither rethrows nor returns an
/// outcome (AGEN0015): the error would vanish instead of reaching the thread as a compact error event (factor 9).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SwallowedExceptionAnalyzer : AgentAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SwallowedException);

    /// <inheritdoc/>
    private protected override void Register(CompilationStartAnalysisContext start, AgentSymbols symbols)
    {
        AgentBodies.Register(start, symbols, include: null, operationContext => AnalyzeCatch(operationContext, symbols), OperationKind.CatchClause);
    }

    private static void AnalyzeCatch(AgentOperationContext context, AgentSymbols symbols)
    {
        var catchClause = (ICatchClauseOperation)context.Operation;
        if (context.ContainingSymbol is not IMethodSymbol method || method.ContainingType is not { } agent || !symbols.IsAgent(agent) ||
            OperationWalk.InsideNestedFunction(catchClause) || catchClause.Syntax is not CatchClauseSyntax syntax)
        {
            return;
        }

        bool isHandler = symbols.HandledTool(method) is not null && symbols.ReturnsOutcome(method);
        bool isStep = AgentSymbols.Has(method, symbols.Step);
        if (!isHandler && !isStep)
        {
            return;
        }

        if (ReportsTheError(catchClause.Handler, symbols, isHandler))
        {
            return;
        }

        int end = syntax.Declaration?.Span.End ?? syntax.CatchKeyword.Span.End;
        Location location = Location.Create(syntax.SyntaxTree, TextSpan.FromBounds(syntax.CatchKeyword.SpanStart, end));
        string name = isHandler
            ? $"Handle({method.Parameters[0].Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)})"
            : method.Name;
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.SwallowedException, location, name));
    }

    /// <summary>A throw (or rethrow), a returned value in a handler, or an outcome stored for later: the error is not lost.</summary>
    private static bool ReportsTheError(IOperation handler, AgentSymbols symbols, bool isHandler)
    {
        foreach (IOperation operation in OperationWalk.Descendants(handler))
        {
            switch (operation)
            {
                case IThrowOperation:
                    return true;
                case IReturnOperation { ReturnedValue: not null } when isHandler:
                    return true;
                case IAssignmentOperation assignment when SymbolEqualityComparer.Default.Equals(assignment.Target.Type, symbols.StepOutcome):
                    return true;
            }
        }

        return false;
    }

    /// <summary>Whether the handler is an <see langword="async"/> method or returns <c>StepOutcome</c> directly, so <c>return outcome;</c> compiles.</summary>
    internal static bool ReturnsOutcomeDirectly(IMethodSymbol method, AgentSymbols symbols) =>
        method.IsAsync || SymbolEqualityComparer.Default.Equals(method.ReturnType, symbols.StepOutcome);
}
