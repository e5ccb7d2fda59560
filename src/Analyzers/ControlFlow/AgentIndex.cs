using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AgentGen.Analyzers.ControlFlow;

/// <summary>
/// What one walk over the compilation's own types finds, for the rules that look at code anywhere: the tools the generator
/// generates for, the agents, and the names a syntactic pre-filter compares with (step methods, agents, function-invoking
/// chat clients), so that ordinary code is judged by its syntax and bound only when it may matter.
/// </summary>
/// <remarks>
/// Built once per compilation, on the first question (<see cref="AgentSymbols.Index"/>). The walk reads type attributes
/// (which the compiler binds for its own diagnostics anyway) and the members of the few agents, never a method body.
/// </remarks>
internal sealed class AgentIndex
{
    /// <summary>The name of the agents' generated step, a step whatever the agent.</summary>
    public const string StepAsyncName = "StepAsync";

    private const string InvokingClientName = "FunctionInvokingChatClient";

    private AgentIndex(
        ImmutableArray<INamedTypeSymbol> tools,
        ImmutableArray<INamedTypeSymbol> agents,
        ImmutableHashSet<string> stepNames,
        ImmutableHashSet<string> agentNames,
        ImmutableHashSet<string> invokingClientNames,
        ImmutableHashSet<string> toolTypeNames)
    {
        Tools = tools;
        Agents = agents;
        StepNames = stepNames;
        AgentNames = agentNames;
        InvokingClientNames = invokingClientNames;
        ToolTypeNames = toolTypeNames;
    }

    /// <summary>The compilation's <c>[Tool]</c> types that the generator generates for.</summary>
    public ImmutableArray<INamedTypeSymbol> Tools { get; }

    /// <summary>The compilation's <c>[Agent]</c> classes.</summary>
    public ImmutableArray<INamedTypeSymbol> Agents { get; }

    /// <summary><c>StepAsync</c> and the names of the agents' <c>[Step]</c> methods: what a step loop calls.</summary>
    public ImmutableHashSet<string> StepNames { get; }

    /// <summary>The agents' simple names.</summary>
    public ImmutableHashSet<string> AgentNames { get; }

    /// <summary><c>FunctionInvokingChatClient</c> and the names of the compilation's classes derived from it.</summary>
    public ImmutableHashSet<string> InvokingClientNames { get; }

    /// <summary>
    /// The names of the tools, of their base types but <see cref="object"/> and of their interfaces (the unions among
    /// them): the types a pattern in a switch over a union names.
    /// </summary>
    public ImmutableHashSet<string> ToolTypeNames { get; }

    /// <summary>Walks every type of <paramref name="compilation"/>'s own assembly once.</summary>
    public static AgentIndex Build(Compilation compilation, AgentSymbols symbols, CancellationToken cancellationToken)
    {
        INamedTypeSymbol? invokingClient = compilation.GetTypeByMetadataName("Microsoft.Extensions.AI." + InvokingClientName);
        var tools = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        var agents = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        var invokingClients = ImmutableHashSet.CreateBuilder<string>(System.StringComparer.Ordinal);
        invokingClients.Add(InvokingClientName);

        // Namespaces and types only: a type's other members are never created here (GetTypeMembers, not GetMembers).
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(compilation.Assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            INamespaceOrTypeSymbol container = pending.Pop();
            IEnumerable<ISymbol> members = container is INamespaceSymbol inNamespace ? inNamespace.GetMembers() : container.GetTypeMembers();
            foreach (ISymbol member in members)
            {
                if (member is INamespaceSymbol ns)
                {
                    pending.Push(ns);
                }
                else if (member is INamedTypeSymbol type)
                {
                    pending.Push(type);
                    if (type.TypeKind != TypeKind.Class)
                    {
                        continue;
                    }

                    if (!type.IsGenericType && !type.IsStatic && !type.IsAbstract && AgentSymbols.Has(type, symbols.Tool) && IsPartial(type, cancellationToken))
                    {
                        tools.Add(type);
                    }

                    if (symbols.IsAgent(type))
                    {
                        agents.Add(type);
                    }

                    if (invokingClient is not null && DerivesFrom(type.BaseType, invokingClient))
                    {
                        invokingClients.Add(type.Name);
                    }
                }
            }
        }

        var stepNames = ImmutableHashSet.CreateBuilder<string>(System.StringComparer.Ordinal);
        stepNames.Add(StepAsyncName);
        foreach (INamedTypeSymbol agent in agents)
        {
            foreach (ISymbol member in agent.GetMembers())
            {
                if (member is IMethodSymbol method && AgentSymbols.Has(method.PartialDefinitionPart ?? method, symbols.Step))
                {
                    stepNames.Add(method.Name);
                }
            }
        }

        return new AgentIndex(
            tools.ToImmutable(),
            agents.ToImmutable(),
            stepNames.ToImmutable(),
            agents.Select(a => a.Name).ToImmutableHashSet(System.StringComparer.Ordinal),
            invokingClients.ToImmutable(),
            ToolTypeNamesOf(tools));
    }

    private static ImmutableHashSet<string> ToolTypeNamesOf(IEnumerable<INamedTypeSymbol> tools)
    {
        var names = ImmutableHashSet.CreateBuilder<string>(System.StringComparer.Ordinal);
        foreach (INamedTypeSymbol tool in tools)
        {
            for (INamedTypeSymbol? type = tool; type is not null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
            {
                names.Add(type.Name);
            }

            foreach (INamedTypeSymbol implemented in tool.AllInterfaces)
            {
                names.Add(implemented.Name);
            }
        }

        return names.ToImmutable();
    }

    /// <summary>Whether the type and every type containing it are partial: the generator skips a tool that is not (AGEN0001 reports that).</summary>
    public static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            bool partial = current.DeclaringSyntaxReferences.Any(r =>
                r.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration && declaration.Modifiers.Any(SyntaxKind.PartialKeyword));
            if (!partial)
            {
                return false;
            }
        }

        return true;
    }

    private static bool DerivesFrom(INamedTypeSymbol? type, INamedTypeSymbol baseType)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
