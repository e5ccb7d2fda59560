using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AgentGen.Analyzers.ControlFlow;

/// <summary>
/// How the rules about an agent's own code (its handlers and steps) look at it: one semantic model action per file finds
/// the <c>[Agent]</c> declarations in it, from the compilation's <see cref="AgentIndex"/>, and hands the rule every
/// operation of the kinds it asks for in their members' bodies and initializers, lambdas and local functions included.
/// </summary>
/// <remarks>
/// This replaces operation actions registered at the start of each agent type (<c>RegisterSymbolStartAction</c>), which
/// cost far more than their own work in a build that also runs other analyzers: once the SDK's analyzers make the
/// compiler visit every method body, an analyzer with symbol-start actions adds per-member bookkeeping across the whole
/// compilation. Measured with the SDK's csc in a compiler server on the large solution: AgentGen's analyzers added 3.3 to
/// 3.6 s of CPU to a build with the SDK's default analyzers, nothing measurable with their four symbol-start rules turned
/// off, and nothing measurable after this change. A file with no agent costs a look at the index; generated files are
/// skipped by the driver as before.
/// </remarks>
internal static class AgentBodies
{
    /// <summary>
    /// Registers <paramref name="analyze"/> for every operation of <paramref name="kinds"/> in the members of the
    /// compilation's agents (only those in the analyzed span, in an editor) that <paramref name="include"/> accepts.
    /// </summary>
    public static void Register(
        CompilationStartAnalysisContext start,
        AgentSymbols symbols,
        Func<INamedTypeSymbol, bool>? include,
        Action<AgentOperationContext> analyze,
        params OperationKind[] kinds)
    {
        ImmutableHashSet<OperationKind> wanted = ImmutableHashSet.Create(kinds);
        start.RegisterSemanticModelAction(context =>
        {
            SyntaxTree tree = context.SemanticModel.SyntaxTree;
            foreach (INamedTypeSymbol agent in symbols.Index(context.CancellationToken).Agents)
            {
                foreach (SyntaxReference reference in agent.DeclaringSyntaxReferences)
                {
                    if (reference.SyntaxTree == tree &&
                        (context.FilterSpan is not { } span || reference.Span.IntersectsWith(span)) &&
                        reference.GetSyntax(context.CancellationToken) is TypeDeclarationSyntax declaration &&
                        (include is null || include(agent)))
                    {
                        AnalyzeDeclaration(context, agent, declaration, wanted, analyze);
                    }
                }
            }
        });
    }

    private static void AnalyzeDeclaration(
        SemanticModelAnalysisContext context,
        INamedTypeSymbol agent,
        TypeDeclarationSyntax declaration,
        ImmutableHashSet<OperationKind> wanted,
        Action<AgentOperationContext> analyze)
    {
        foreach (MemberDeclarationSyntax member in declaration.Members)
        {
            if (context.FilterSpan is { } span && !member.FullSpan.IntersectsWith(span))
            {
                continue;
            }

            switch (member)
            {
                case BaseMethodDeclarationSyntax method:
                    Analyze(context, agent, method, context.SemanticModel.GetDeclaredSymbol(method, context.CancellationToken), wanted, analyze);
                    break;
                case BasePropertyDeclarationSyntax property:
                    ISymbol? owner = context.SemanticModel.GetDeclaredSymbol(property, context.CancellationToken);
                    foreach (AccessorDeclarationSyntax accessor in property.AccessorList?.Accessors ?? default)
                    {
                        Analyze(context, agent, accessor, context.SemanticModel.GetDeclaredSymbol(accessor, context.CancellationToken), wanted, analyze);
                    }

                    if (property is PropertyDeclarationSyntax { ExpressionBody: { } getter } && owner is IPropertySymbol { GetMethod: { } get })
                    {
                        Analyze(context, agent, getter, get, wanted, analyze);
                    }
                    else if (property is IndexerDeclarationSyntax { ExpressionBody: { } indexerGetter } && owner is IPropertySymbol { GetMethod: { } indexerGet })
                    {
                        Analyze(context, agent, indexerGetter, indexerGet, wanted, analyze);
                    }

                    if (property is PropertyDeclarationSyntax { Initializer: { } initializer })
                    {
                        Analyze(context, agent, initializer, owner, wanted, analyze);
                    }

                    break;
                case BaseFieldDeclarationSyntax field:
                    foreach (VariableDeclaratorSyntax variable in field.Declaration.Variables)
                    {
                        if (variable.Initializer is { } value)
                        {
                            Analyze(context, agent, value, context.SemanticModel.GetDeclaredSymbol(variable, context.CancellationToken), wanted, analyze);
                        }
                    }

                    break;
            }
        }
    }

    private static void Analyze(
        SemanticModelAnalysisContext context,
        INamedTypeSymbol agent,
        SyntaxNode body,
        ISymbol? owner,
        ImmutableHashSet<OperationKind> wanted,
        Action<AgentOperationContext> analyze)
    {
        if (owner is null || context.SemanticModel.GetOperation(body, context.CancellationToken) is not { } root)
        {
            return;
        }

        foreach (IOperation operation in root.DescendantsAndSelf())
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (wanted.Contains(operation.Kind))
            {
                analyze(new AgentOperationContext(context, operation, owner, agent));
            }
        }
    }
}

/// <summary>One operation in an agent's code, with the member it is in, for a rule registered with <see cref="AgentBodies"/>.</summary>
internal readonly struct AgentOperationContext
{
    private readonly SemanticModelAnalysisContext _file;

    public AgentOperationContext(SemanticModelAnalysisContext file, IOperation operation, ISymbol containingSymbol, INamedTypeSymbol agent)
    {
        _file = file;
        Operation = operation;
        ContainingSymbol = containingSymbol;
        Agent = agent;
    }

    /// <summary>Gets the operation.</summary>
    public IOperation Operation { get; }

    /// <summary>Gets the member whose body or initializer holds it (a method, an accessor, a field or a property), as an operation action's context gives it.</summary>
    public ISymbol ContainingSymbol { get; }

    /// <summary>Gets the agent.</summary>
    public INamedTypeSymbol Agent { get; }

    /// <summary>Gets the analysis's cancellation token.</summary>
    public CancellationToken CancellationToken => _file.CancellationToken;

    /// <summary>Reports a diagnostic in the file being analyzed.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    public void ReportDiagnostic(Diagnostic diagnostic) => _file.ReportDiagnostic(diagnostic);
}
