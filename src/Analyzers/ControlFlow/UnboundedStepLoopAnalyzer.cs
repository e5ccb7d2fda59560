using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AgentGen.Analyzers.ControlFlow;

/// <summary>
/// Reports a loop in user code that calls an agent's <c>StepAsync</c> or a <c>[Step]</c> method with no bound (AGEN0014):
/// no counter compared with a limit and no check of the thread's <c>Status</c>, neither in the loop's condition nor
/// guarding a <c>break</c>, <c>return</c> or <c>throw</c>. Such a loop pays for model calls until the model decides to
/// stop (factors 8 and 10). The generated <c>RunAsync</c> is the bounded loop, and generated code is not analyzed.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnboundedStepLoopAnalyzer : AgentAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UnboundedStepLoop);

    /// <inheritdoc/>
    private protected override void Register(CompilationStartAnalysisContext start, AgentSymbols symbols)
    {
        FileWalk.Register(start, symbols, (node, cancellationToken) => MayStep(node, symbols, cancellationToken), (context, loop) => AnalyzeLoop(context, loop, symbols));
    }

    /// <summary>
    /// Only a loop whose syntax calls <c>StepAsync</c> or a <c>[Step]</c> method by name is bound; the rest of the code
    /// costs a look at its syntax.
    /// </summary>
    private static bool MayStep(SyntaxNode node, AgentSymbols symbols, CancellationToken cancellationToken) =>
        node is WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax or CommonForEachStatementSyntax &&
        SyntaxFilter.CallsAny(node, symbols.Index(cancellationToken).StepNames);

    private static void AnalyzeLoop(SemanticModelAnalysisContext context, SyntaxNode node, AgentSymbols symbols)
    {
        if (context.SemanticModel.GetOperation(node, context.CancellationToken) is not ILoopOperation loop)
        {
            return;
        }

        IMethodSymbol? step = OperationWalk.Descendants(loop)
            .OfType<IInvocationOperation>()
            .Select(i => i.TargetMethod)
            .FirstOrDefault(symbols.IsStep);
        if (step is null || Keyword(loop.Syntax) is not { } keyword)
        {
            return;
        }

        bool bounded = loop switch
        {
            IForEachLoopOperation forEach => HasKnownLength(forEach.Collection),
            IWhileLoopOperation { Condition: { } condition } => IsBound(condition, symbols),
            IForLoopOperation { Condition: { } condition } => IsBound(condition, symbols),
            _ => false,
        };
        if (bounded || HasGuardedExit(loop, symbols))
        {
            return;
        }

        string name = step.ContainingType is null ? step.Name : step.ContainingType.Name + "." + step.Name;
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnboundedStepLoop, keyword.GetLocation(), name));
    }

    private static SyntaxToken? Keyword(SyntaxNode syntax) => syntax switch
    {
        WhileStatementSyntax s => s.WhileKeyword,
        DoStatementSyntax s => s.DoKeyword,
        ForStatementSyntax s => s.ForKeyword,
        CommonForEachStatementSyntax s => s.ForEachKeyword,
        _ => null,
    };

    /// <summary>An array or a collection with a count: a <c>foreach</c> over it ends.</summary>
    private static bool HasKnownLength(IOperation collection)
    {
        while (collection is IConversionOperation conversion)
        {
            collection = conversion.Operand;
        }

        ITypeSymbol? type = collection.Type;
        return type is IArrayTypeSymbol ||
            type?.SpecialType == SpecialType.System_String ||
            (type is not null && type.AllInterfaces.Any(i =>
                i.OriginalDefinition.SpecialType is SpecialType.System_Collections_Generic_ICollection_T or SpecialType.System_Collections_Generic_IReadOnlyCollection_T));
    }

    /// <summary>A <c>break</c> out of this loop, a <c>return</c> or a <c>throw</c> under an <c>if</c> or <c>switch</c> that checks a bound.</summary>
    private static bool HasGuardedExit(ILoopOperation loop, AgentSymbols symbols)
    {
        foreach (IOperation operation in OperationWalk.Descendants(loop.Body))
        {
            bool exits = operation switch
            {
                IBranchOperation branch => SymbolEqualityComparer.Default.Equals(branch.Target, loop.ExitLabel),
                IReturnOperation or IThrowOperation => true,
                _ => false,
            };
            if (exits && IsGuarded(operation, loop, symbols))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsGuarded(IOperation exit, ILoopOperation loop, AgentSymbols symbols)
    {
        for (IOperation? current = exit.Parent; current is not null && current != loop; current = current.Parent)
        {
            bool guard = current switch
            {
                IConditionalOperation conditional => IsBound(conditional.Condition, symbols),
                ISwitchOperation switchStatement => IsBound(switchStatement.Value, symbols),
                ISwitchExpressionOperation switchExpression => IsBound(switchExpression.Value, symbols),
                _ => false,
            };
            if (guard)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a condition checks a bound: it compares numbers (a step counter with a limit, <c>&lt;</c> or <c>is &lt; 10</c>) or reads a <c>ThreadStatus</c>.</summary>
    private static bool IsBound(IOperation condition, AgentSymbols symbols)
    {
        foreach (IOperation operation in OperationWalk.Descendants(condition))
        {
            if (symbols.ThreadStatus is not null && SymbolEqualityComparer.Default.Equals(operation.Type, symbols.ThreadStatus))
            {
                return true;
            }

            if (operation is IRelationalPatternOperation || (operation is IBinaryOperation binary && IsNumericComparison(binary)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNumericComparison(IBinaryOperation binary)
    {
        switch (binary.OperatorKind)
        {
            case BinaryOperatorKind.LessThan:
            case BinaryOperatorKind.LessThanOrEqual:
            case BinaryOperatorKind.GreaterThan:
            case BinaryOperatorKind.GreaterThanOrEqual:
                return true;
            case BinaryOperatorKind.Equals:
            case BinaryOperatorKind.NotEquals:
                return IsInteger(binary.LeftOperand.Type) && IsInteger(binary.RightOperand.Type);
            default:
                return false;
        }
    }

    private static bool IsInteger(ITypeSymbol? type) => type?.SpecialType is
        SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_UInt32 or SpecialType.System_UInt64 or
        SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Byte or SpecialType.System_SByte;
}
