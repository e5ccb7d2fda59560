using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AgentGen.Analyzers.ControlFlow;

/// <summary>
/// Checks an <c>[Agent]</c>'s handlers against its next-step union (factor 8): every member is handled or left to the
/// runtime (AGEN0010), every handler returns an explicit <c>StepOutcome</c> (AGEN0011), and a <c>[RequiresApproval]</c>
/// tool is handled only through <c>Approved&lt;T&gt;</c> (AGEN0012).
/// </summary>
[DiagnosticAnalyzer(Microsoft.CodeAnalysis.LanguageNames.CSharp)]
public sealed class AgentHandlerAnalyzer : AgentAnalyzer
{
    /// <summary>Diagnostic property: the missing tool's fully qualified type name.</summary>
    internal const string ToolProperty = "Tool";

    /// <summary>Diagnostic property: the missing tool's simple name.</summary>
    internal const string ToolNameProperty = "ToolName";

    /// <summary>Diagnostic property: <c>"true"</c> when the missing handler takes <c>Approved&lt;T&gt;</c>.</summary>
    internal const string ApprovedProperty = "Approved";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.UnhandledUnionMember, Descriptors.HandlerMustReturnOutcome, Descriptors.ApprovalHandlerTakesBareRecord);

    /// <inheritdoc/>
    private protected override void Register(CompilationStartAnalysisContext start, AgentSymbols symbols)
    {
        start.RegisterSymbolAction(symbolContext => AnalyzeAgent(symbolContext, symbols), SymbolKind.NamedType);
    }

    private static void AnalyzeAgent(SymbolAnalysisContext context, AgentSymbols symbols)
    {
        var agent = (INamedTypeSymbol)context.Symbol;
        if (!symbols.IsAgent(agent))
        {
            return;
        }

        CancellationToken cancellationToken = context.CancellationToken;
        INamedTypeSymbol? union = symbols.NextStepUnion(agent);
        List<INamedTypeSymbol> members = union is null ? new List<INamedTypeSymbol>() : symbols.MembersOf(union, cancellationToken).ToList();

        // Which members some Handle method covers (the rules below report a wrong handler more precisely than AGEN0010 would).
        var covered = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (IMethodSymbol handler in agent.GetMembers("Handle").OfType<IMethodSymbol>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (symbols.HandledTool(handler) is not { } handled)
            {
                continue;
            }

            bool isMember = members.Contains(handled.Tool, SymbolEqualityComparer.Default);
            bool needsApproval = AgentSymbols.Has(handled.Tool, symbols.RequiresApproval);
            if (needsApproval && !handled.Approved)
            {
                ReportAt(context, Descriptors.ApprovalHandlerTakesBareRecord, FirstParameterType(handler, cancellationToken), handled.Tool.Name);
            }

            if (isMember && !symbols.ReturnsOutcome(handler))
            {
                string name = $"Handle({handler.Parameters[0].Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)})";
                ReportAt(context, Descriptors.HandlerMustReturnOutcome, ReturnType(handler, cancellationToken), name,
                    handler.ReturnType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat));
            }

            if (isMember && symbols.HasHandlerParameters(handler) && (needsApproval || !handled.Approved))
            {
                covered.Add(handled.Tool);
            }
        }

        Location? location = AgentSymbols.DeclarationIdentifier(agent, cancellationToken);
        if (location is null)
        {
            return;
        }

        foreach (INamedTypeSymbol member in members.OrderBy(m => m.Name, System.StringComparer.Ordinal))
        {
            bool leftToRuntime = AgentSymbols.Has(member, symbols.HumanInput) || AgentSymbols.Has(member, symbols.Terminal);
            if (leftToRuntime || covered.Contains(member))
            {
                continue;
            }

            ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty
                .Add(ToolProperty, member.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat))
                .Add(ToolNameProperty, member.Name)
                .Add(ApprovedProperty, AgentSymbols.Has(member, symbols.RequiresApproval) ? "true" : "false");
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnhandledUnionMember, location, properties, agent.Name, member.Name));
        }
    }

    private static void ReportAt(SymbolAnalysisContext context, DiagnosticDescriptor descriptor, Location? location, params object[] arguments)
    {
        if (location is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(descriptor, location, arguments));
        }
    }

    private static Location? ReturnType(IMethodSymbol method, CancellationToken cancellationToken) =>
        Declaration(method, cancellationToken)?.ReturnType.GetLocation();

    private static Location? FirstParameterType(IMethodSymbol method, CancellationToken cancellationToken) =>
        Declaration(method, cancellationToken)?.ParameterList.Parameters.FirstOrDefault()?.Type?.GetLocation();

    private static MethodDeclarationSyntax? Declaration(IMethodSymbol method, CancellationToken cancellationToken) =>
        method.DeclaringSyntaxReferences.Select(r => r.GetSyntax(cancellationToken)).OfType<MethodDeclarationSyntax>().FirstOrDefault();
}
