using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AgentGen.Analyzers.ControlFlow;

/// <summary>
/// The AgentGen types the agent rules look for, resolved once per compilation, and the questions the generator asks
/// of an agent (which step returns the union, which tools are its members, which methods are handlers), answered the same way.
/// </summary>
/// <remarks>
/// One instance per compilation, shared by every analyzer (and code fix) that asks: the tools are collected once and
/// whether a type is an agent is looked up once, however many rules ask about each operation.
/// </remarks>
internal sealed class AgentSymbols
{
    private static readonly ConditionalWeakTable<Compilation, Resolved> s_perCompilation = new();

    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _isAgent = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, ImmutableArray<INamedTypeSymbol>> _members = new(SymbolEqualityComparer.Default);
    private AgentIndex? _index;

    /// <summary>Gets the one walk per file that the rules about code anywhere share (see <see cref="ControlFlow.FileWalk"/>).</summary>
    public FileWalk FileWalk { get; } = new();

    private AgentSymbols(Compilation compilation)
    {
        _compilation = compilation;
    }

    public INamedTypeSymbol Agent { get; private set; } = null!;

    public INamedTypeSymbol Step { get; private set; } = null!;

    public INamedTypeSymbol NextStep { get; private set; } = null!;

    public INamedTypeSymbol Tool { get; private set; } = null!;

    public INamedTypeSymbol? RequiresApproval { get; private set; }

    public INamedTypeSymbol? HumanInput { get; private set; }

    public INamedTypeSymbol? Terminal { get; private set; }

    public INamedTypeSymbol StepOutcome { get; private set; } = null!;

    public INamedTypeSymbol? Approved { get; private set; }

    public INamedTypeSymbol? AgentThread { get; private set; }

    public INamedTypeSymbol? ThreadStatus { get; private set; }

    public INamedTypeSymbol? Task { get; private set; }

    public INamedTypeSymbol? ValueTask { get; private set; }

    public INamedTypeSymbol? CancellationToken { get; private set; }

    /// <summary>The marker types of <paramref name="compilation"/>; <see langword="null"/> when it does not reference AgentGen.</summary>
    public static AgentSymbols? Create(Compilation compilation) =>
        s_perCompilation.GetValue(compilation, static c => new Resolved(Resolve(c))).Symbols;

    private static AgentSymbols? Resolve(Compilation compilation)
    {
        INamedTypeSymbol? agent = compilation.GetTypeByMetadataName("AgentGen.AgentAttribute");
        INamedTypeSymbol? step = compilation.GetTypeByMetadataName("AgentGen.StepAttribute");
        INamedTypeSymbol? nextStep = compilation.GetTypeByMetadataName("AgentGen.NextStepAttribute");
        INamedTypeSymbol? tool = compilation.GetTypeByMetadataName("AgentGen.ToolAttribute");
        INamedTypeSymbol? outcome = compilation.GetTypeByMetadataName("AgentGen.StepOutcome");
        if (agent is null || step is null || nextStep is null || tool is null || outcome is null)
        {
            return null;
        }

        return new AgentSymbols(compilation)
        {
            Agent = agent,
            Step = step,
            NextStep = nextStep,
            Tool = tool,
            StepOutcome = outcome,
            RequiresApproval = compilation.GetTypeByMetadataName("AgentGen.RequiresApprovalAttribute"),
            HumanInput = compilation.GetTypeByMetadataName("AgentGen.HumanInputAttribute"),
            Terminal = compilation.GetTypeByMetadataName("AgentGen.TerminalAttribute"),
            Approved = compilation.GetTypeByMetadataName("AgentGen.Approved`1"),
            AgentThread = compilation.GetTypeByMetadataName("AgentGen.AgentThread"),
            ThreadStatus = compilation.GetTypeByMetadataName("AgentGen.ThreadStatus"),
            Task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1"),
            ValueTask = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1"),
            CancellationToken = compilation.GetTypeByMetadataName("System.Threading.CancellationToken"),
        };
    }

    /// <summary>
    /// The name a diagnostic gives an agent's handler (<c>Handle(ListGitTags)</c>) or step (its name), or
    /// <see langword="null"/> when <paramref name="method"/> is neither: a <c>Handle</c> method of an <c>[Agent]</c> taking a
    /// <c>[Tool]</c> record or <c>Approved&lt;T&gt;</c>, or a <c>[Step]</c> method.
    /// </summary>
    public string? HandlerOrStepName(IMethodSymbol method)
    {
        if (method.ContainingType is not { } agent || !IsAgent(agent))
        {
            return null;
        }

        if (HandledTool(method) is { } handled && Has(handled.Tool, Tool))
        {
            return $"Handle({method.Parameters[0].Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)})";
        }

        return Has(method.PartialDefinitionPart ?? method, Step) ? method.Name : null;
    }

    /// <summary>The type's name in the declaration that carries its attributes (a partial type has several), or <see langword="null"/>.</summary>
    public static Location? DeclarationIdentifier(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        Location? fallback = null;
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration)
            {
                Location location = declaration.Identifier.GetLocation();
                if (declaration.AttributeLists.Count > 0)
                {
                    return location;
                }

                fallback ??= location;
            }
        }

        return fallback;
    }

    public static bool Has(ISymbol symbol, INamedTypeSymbol? attribute) =>
        attribute is not null && symbol.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute));

    public bool IsAgent(INamedTypeSymbol type)
    {
        if (type.TypeKind != TypeKind.Class)
        {
            return false;
        }

        if (!_isAgent.TryGetValue(type, out bool isAgent))
        {
            isAgent = Has(type, Agent);
            _isAgent.TryAdd(type, isAgent);
        }

        return isAgent;
    }

    /// <summary>Whether <paramref name="method"/> is one model call: an agent's generated <c>StepAsync</c> or a <c>[Step]</c> method.</summary>
    public bool IsStep(IMethodSymbol method) =>
        (method.Name == "StepAsync" && method.ContainingType is { } type && IsAgent(type)) ||
        Has(method.PartialDefinitionPart ?? method, Step);

    /// <summary>The union returned by the agent's first <c>[Step]</c> returning <c>Task</c> or <c>ValueTask</c> of a <c>[NextStep]</c> type, as the generator picks it.</summary>
    public INamedTypeSymbol? NextStepUnion(INamedTypeSymbol agent)
    {
        foreach (ISymbol member in agent.GetMembers())
        {
            if (member is IMethodSymbol { IsStatic: false, Name: not "Handle" } method && Has(method, Step) &&
                UnwrapTask(method.ReturnType) is INamedTypeSymbol result && Has(result, NextStep))
            {
                return result;
            }
        }

        return null;
    }

    /// <summary>The type inside <c>Task&lt;T&gt;</c> or <c>ValueTask&lt;T&gt;</c>, or <see langword="null"/>.</summary>
    public ITypeSymbol? UnwrapTask(ITypeSymbol type) =>
        type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named &&
        (SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, Task) || SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, ValueTask))
            ? named.TypeArguments[0]
            : null;

    /// <summary>Whether a handler return type is <c>StepOutcome</c>, <c>Task&lt;StepOutcome&gt;</c> or <c>ValueTask&lt;StepOutcome&gt;</c>.</summary>
    public bool ReturnsOutcome(IMethodSymbol method) =>
        SymbolEqualityComparer.Default.Equals(method.ReturnType, StepOutcome) ||
        SymbolEqualityComparer.Default.Equals(UnwrapTask(method.ReturnType), StepOutcome);

    /// <summary>The tool a <c>Handle</c> method's first parameter names (inside <c>Approved&lt;T&gt;</c> or bare).</summary>
    public (INamedTypeSymbol Tool, bool Approved)? HandledTool(IMethodSymbol method)
    {
        if (method.Name != "Handle" || method.Parameters.Length == 0 || method.Parameters[0].Type is not INamedTypeSymbol first)
        {
            return null;
        }

        if (Approved is not null && first.IsGenericType && SymbolEqualityComparer.Default.Equals(first.OriginalDefinition, Approved))
        {
            return first.TypeArguments[0] is INamedTypeSymbol inner ? (inner, true) : null;
        }

        return (first, false);
    }

    /// <summary>Whether the generator accepts the parameter list: the step, then optionally a <c>ToolCallContext</c>, then optionally a <c>CancellationToken</c>.</summary>
    public bool HasHandlerParameters(IMethodSymbol method)
    {
        int next = 1;
        if (method.Parameters.Length > next && method.Parameters[next].Type.ToDisplayString() == "AgentGen.ToolCallContext")
        {
            next++;
        }

        if (method.Parameters.Length > next && SymbolEqualityComparer.Default.Equals(method.Parameters[next].Type, CancellationToken))
        {
            next++;
        }

        return method.Parameters.Length == next;
    }

    /// <summary>The compilation's tools, agents and the names the syntactic pre-filters look for, found once (see <see cref="AgentIndex"/>).</summary>
    public AgentIndex Index(CancellationToken cancellationToken)
    {
        AgentIndex? index = Volatile.Read(ref _index);
        if (index is null)
        {
            index = AgentIndex.Build(_compilation, this, cancellationToken);
            index = Interlocked.CompareExchange(ref _index, index, null) ?? index;
        }

        return index;
    }

    /// <summary>The tools of this compilation that belong to <paramref name="union"/> and that the generator generates for.</summary>
    public ImmutableArray<INamedTypeSymbol> MembersOf(INamedTypeSymbol union, CancellationToken cancellationToken)
    {
        if (_members.TryGetValue(union, out ImmutableArray<INamedTypeSymbol> members))
        {
            return members;
        }

        members = Index(cancellationToken).Tools
            .Where(t => t.AllInterfaces.Contains(union, SymbolEqualityComparer.Default) || InheritsFrom(t, union))
            .ToImmutableArray();
        return _members.GetOrAdd(union, members);
    }

    private static bool InheritsFrom(INamedTypeSymbol type, INamedTypeSymbol union)
    {
        for (INamedTypeSymbol? current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, union))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The answer for one compilation (a table value cannot be <see langword="null"/>).</summary>
    private sealed class Resolved(AgentSymbols? symbols)
    {
        public AgentSymbols? Symbols { get; } = symbols;
    }
}
