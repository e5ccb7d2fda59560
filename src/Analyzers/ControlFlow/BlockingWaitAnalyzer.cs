using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AgentGen.Analyzers.ControlFlow;

/// <summary>
/// Reports a handler or <c>[Step]</c> of an <c>[Agent]</c> that blocks waiting for a person (AGEN0017): reading the
/// console, polling with <c>Task.Delay</c> in a loop, or waiting on a semaphore, an event or a
/// <c>TaskCompletionSource</c>. The run holds a process (and a model conversation) hostage for minutes or days; a
/// <c>[HumanInput]</c> tool pauses the thread instead, and any process resumes it when the answer comes (factors 6 and 7).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BlockingWaitAnalyzer : AgentAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.BlockingWaitForPerson);

    /// <inheritdoc/>
    private protected override void Register(CompilationStartAnalysisContext start, AgentSymbols symbols)
    {
        var waits = new WaitSymbols(start.Compilation);
        AgentBodies.Register(
            start,
            symbols,
            include: null,
            c =>
            {
                if (c.Operation.Kind == OperationKind.Invocation)
                {
                    AnalyzeInvocation(c, symbols, waits);
                }
                else
                {
                    AnalyzePropertyReference(c, symbols, waits);
                }
            },
            OperationKind.Invocation,
            OperationKind.PropertyReference);
    }

    private static void AnalyzeInvocation(AgentOperationContext context, AgentSymbols symbols, WaitSymbols waits)
    {
        var invocation = (IInvocationOperation)context.Operation;
        IMethodSymbol method = invocation.TargetMethod;
        INamedTypeSymbol type = method.ContainingType;
        string? what = method.Name switch
        {
            "ReadLine" or "ReadKey" or "Read" when Is(type, waits.Console) => "Console." + method.Name,
            "Delay" when Is(type, waits.Task) && InLoop(invocation) => "Task.Delay in a loop (polling)",
            "Wait" or "WaitAsync" when Is(type, waits.SemaphoreSlim) => "SemaphoreSlim." + method.Name,
            "Wait" when Is(type, waits.ManualResetEventSlim) => "ManualResetEventSlim.Wait",
            "WaitOne" or "WaitAll" or "WaitAny" when Is(type, waits.WaitHandle) => (invocation.Instance?.Type?.Name ?? "WaitHandle") + "." + method.Name,
            _ => null,
        };
        Report(context, symbols, what);
    }

    private static void AnalyzePropertyReference(AgentOperationContext context, AgentSymbols symbols, WaitSymbols waits)
    {
        var reference = (IPropertyReferenceOperation)context.Operation;
        IPropertySymbol property = reference.Property;
        bool completionSourceTask = property.Name == "Task" &&
            (Is(property.ContainingType, waits.TaskCompletionSource) || Is(property.ContainingType.OriginalDefinition, waits.TaskCompletionSourceOfT));
        Report(context, symbols, completionSourceTask ? "TaskCompletionSource.Task" : null);
    }

    private static void Report(AgentOperationContext context, AgentSymbols symbols, string? what)
    {
        if (what is not null && context.ContainingSymbol is IMethodSymbol method && symbols.HandlerOrStepName(method) is { } name)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.BlockingWaitForPerson, context.Operation.Syntax.GetLocation(), what, name));
        }
    }

    private static bool Is(INamedTypeSymbol? type, INamedTypeSymbol? expected) =>
        expected is not null && SymbolEqualityComparer.Default.Equals(type, expected);

    private static bool InLoop(IOperation operation)
    {
        for (IOperation? current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is ILoopOperation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The types whose waits block, resolved once per compilation; any may be missing.</summary>
    private sealed class WaitSymbols(Compilation compilation)
    {
        public INamedTypeSymbol? Console { get; } = compilation.GetTypeByMetadataName("System.Console");

        public INamedTypeSymbol? Task { get; } = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");

        public INamedTypeSymbol? SemaphoreSlim { get; } = compilation.GetTypeByMetadataName("System.Threading.SemaphoreSlim");

        public INamedTypeSymbol? ManualResetEventSlim { get; } = compilation.GetTypeByMetadataName("System.Threading.ManualResetEventSlim");

        public INamedTypeSymbol? WaitHandle { get; } = compilation.GetTypeByMetadataName("System.Threading.WaitHandle");

        public INamedTypeSymbol? TaskCompletionSource { get; } = compilation.GetTypeByMetadataName("System.Threading.Tasks.TaskCompletionSource");

        public INamedTypeSymbol? TaskCompletionSourceOfT { get; } = compilation.GetTypeByMetadataName("System.Threading.Tasks.TaskCompletionSource`1");
    }
}
