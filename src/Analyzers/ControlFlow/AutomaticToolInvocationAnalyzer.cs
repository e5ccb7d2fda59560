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

        FileWalk.Register(
            start,
            symbols,
            (node, cancellationToken) => node switch
            {
                InvocationExpressionSyntax invocation => SyntaxFilter.InvokedName(invocation) == "UseFunctionInvocation",
                BaseObjectCreationExpressionSyntax creation => invokingClient is not null && MayCreateInvokingClient(creation, symbols, cancellationToken),
                _ => false,
            },
            (context, node) =>
            {
                if (node is InvocationExpressionSyntax invocation)
                {
                    AnalyzeUseFunctionInvocation(context, invocation, symbols);
                }
                else
                {
                    AnalyzeCreation(context, node, symbols, invokingClient!);
                }
            });

        if (functionFactory is not null)
        {
            AgentBodies.Register(
                start,
                symbols,
                include: agent => agent.GetMembers().Any(m => m is IMethodSymbol && AgentSymbols.Has(m, symbols.Step)),
                c => AnalyzeFactoryCall(c, c.Agent, functionFactory),
                OperationKind.Invocation);
        }
    }

    /// <summary><c>new FunctionInvokingChatClient(...)</c>, or of a class derived from it, found by name before anything is bound.</summary>
    private static bool MayCreateInvokingClient(BaseObjectCreationExpressionSyntax creation, AgentSymbols symbols, CancellationToken cancellationToken)
    {
        ImmutableHashSet<string> names = symbols.Index(cancellationToken).InvokingClientNames;
        return creation switch
        {
            ObjectCreationExpressionSyntax explicitType => SyntaxFilter.RightmostName(explicitType.Type) is { } name && names.Contains(name),

            // 'new(inner)' takes its type from around it: the declaration it initializes, the parameter, the return type.
            _ => EnclosingCode(creation) is { } enclosing && SyntaxFilter.MentionsAny(enclosing, names),
        };
    }

    private static void AnalyzeCreation(SemanticModelAnalysisContext context, SyntaxNode node, AgentSymbols symbols, INamedTypeSymbol invokingClient)
    {
        if (context.SemanticModel.GetTypeInfo(node, context.CancellationToken).Type is not INamedTypeSymbol created || !DerivesFrom(created, invokingClient))
        {
            return;
        }

        Location location = (node as ObjectCreationExpressionSyntax)?.Type.GetLocation() ?? node.GetLocation();
        ReportIfAgentNearby(context, node, symbols, location, "'" + created.Name + "'");
    }

    /// <summary>A call of a method named <c>UseFunctionInvocation</c>, bound to check it is Microsoft.Extensions.AI's.</summary>
    private static void AnalyzeUseFunctionInvocation(SemanticModelAnalysisContext context, InvocationExpressionSyntax invocation, AgentSymbols symbols)
    {
        if (context.SemanticModel.GetSymbolInfo(invocation, context.CancellationToken).Symbol is not IMethodSymbol method ||
            method.ContainingNamespace?.ToDisplayString() != AiNamespace)
        {
            return;
        }

        Location location = invocation.Expression is MemberAccessExpressionSyntax access ? access.Name.GetLocation() : invocation.GetLocation();
        ReportIfAgentNearby(context, invocation, symbols, location, "'UseFunctionInvocation'");
    }

    /// <summary><c>AIFunctionFactory.Create</c> in an agent with a <c>[Step]</c>: registered only in such agents.</summary>
    private static void AnalyzeFactoryCall(AgentOperationContext context, INamedTypeSymbol agent, INamedTypeSymbol functionFactory)
    {
        var invocation = (IInvocationOperation)context.Operation;
        IMethodSymbol method = invocation.TargetMethod;
        if (method.Name == "Create" && SymbolEqualityComparer.Default.Equals(method.ContainingType, functionFactory) &&
            SymbolEqualityComparer.Default.Equals(context.ContainingSymbol.ContainingType, agent))
        {
            Location location = (invocation.Syntax as InvocationExpressionSyntax)?.Expression.GetLocation() ?? invocation.Syntax.GetLocation();
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.AutomaticToolInvocation, location, "'AIFunctionFactory.Create'", agent.Name));
        }
    }

    /// <summary>The member, accessor or top-level statement <paramref name="node"/> is written in.</summary>
    private static SyntaxNode? EnclosingCode(SyntaxNode node) =>
        node.FirstAncestorOrSelf<SyntaxNode>(static n => n is MemberDeclarationSyntax or AccessorDeclarationSyntax);

    /// <summary>
    /// Reports the site when the code around it (the whole method body, initializer or top-level program, lambdas included)
    /// creates an agent (<c>new DeployAgent(...)</c>) or registers one (<c>AddSingleton&lt;DeployAgent&gt;()</c>). Sites are
    /// rare, so building the operation tree around them costs nothing in code that does not turn on automatic invocation.
    /// </summary>
    private static void ReportIfAgentNearby(SemanticModelAnalysisContext context, SyntaxNode node, AgentSymbols symbols, Location location, string what)
    {
        IOperation? root = context.SemanticModel.GetOperation(node, context.CancellationToken);
        while (root?.Parent is not null)
        {
            root = root.Parent;
        }

        foreach (IOperation operation in root?.Descendants() ?? Enumerable.Empty<IOperation>())
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
