using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AgentGen.Analyzers.ControlFlow;

/// <summary>
/// Reports automatic tool invocation behind an agent (AGEN0016): <c>UseFunctionInvocation</c> or
/// <c>new FunctionInvokingChatClient(...)</c> in code that also creates (or registers) an <c>[Agent]</c>, and
/// <c>AIFunctionFactory.Create</c> inside an <c>[Agent]</c> class with a <c>[Step]</c>. Either lets the chat client run
/// functions between the model's answer and the agent's dispatcher, where no handler, outcome or approval sees them (factor 8).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AutomaticToolInvocationAnalyzer : DiagnosticAnalyzer
{
    private const string AiNamespace = "Microsoft.Extensions.AI";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.AutomaticToolInvocation);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            AgentSymbols? symbols = AgentSymbols.Create(start.Compilation);
            INamedTypeSymbol? invokingClient = start.Compilation.GetTypeByMetadataName(AiNamespace + ".FunctionInvokingChatClient");
            INamedTypeSymbol? functionFactory = start.Compilation.GetTypeByMetadataName(AiNamespace + ".AIFunctionFactory");
            if (symbols is null || (invokingClient is null && functionFactory is null))
            {
                return;
            }

            start.RegisterOperationBlockStartAction(block =>
            {
                var blockState = new BlockState(symbols, invokingClient, functionFactory, block.OwningSymbol);
                block.RegisterOperationAction(blockState.Inspect, OperationKind.Invocation, OperationKind.ObjectCreation);
                block.RegisterOperationBlockEndAction(blockState.Report);
            });
        });
    }

    /// <summary>What one method body (or initializer) does: where it turns on automatic invocation, and which agent it creates.</summary>
    private sealed class BlockState(AgentSymbols symbols, INamedTypeSymbol? invokingClient, INamedTypeSymbol? functionFactory, ISymbol owner)
    {
        private readonly object _gate = new();
        private readonly List<(Location Location, string What)> _sites = [];
        private INamedTypeSymbol? _agent;

        public void Inspect(OperationAnalysisContext context)
        {
            switch (context.Operation)
            {
                case IObjectCreationOperation { Type: INamedTypeSymbol created } creation:
                    if (symbols.IsAgent(created))
                    {
                        Found(created);
                    }
                    else if (DerivesFrom(created, invokingClient))
                    {
                        Location location = (creation.Syntax as ObjectCreationExpressionSyntax)?.Type.GetLocation() ?? creation.Syntax.GetLocation();
                        Add(location, "'" + created.Name + "'");
                    }

                    break;
                case IInvocationOperation invocation:
                    IMethodSymbol method = invocation.TargetMethod;
                    if (method.TypeArguments.OfType<INamedTypeSymbol>().FirstOrDefault(symbols.IsAgent) is { } registered)
                    {
                        // services.AddSingleton<DeployAgent>(), ActivatorUtilities.CreateInstance<DeployAgent>(...)
                        Found(registered);
                    }
                    else if (method.Name == "UseFunctionInvocation" && method.ContainingNamespace?.ToDisplayString() == AiNamespace)
                    {
                        Add(NameLocation(invocation), "'UseFunctionInvocation'");
                    }
                    else if (method.Name == "Create" && SymbolEqualityComparer.Default.Equals(method.ContainingType, functionFactory) &&
                        owner.ContainingType is { } type && symbols.IsAgent(type) && HasStep(type))
                    {
                        Location location = (invocation.Syntax as InvocationExpressionSyntax)?.Expression.GetLocation() ?? invocation.Syntax.GetLocation();
                        context.ReportDiagnostic(Diagnostic.Create(Descriptors.AutomaticToolInvocation, location, "'AIFunctionFactory.Create'", type.Name));
                    }

                    break;
            }
        }

        public void Report(OperationBlockAnalysisContext context)
        {
            lock (_gate)
            {
                if (_agent is null)
                {
                    return;
                }

                foreach ((Location location, string what) in _sites)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.AutomaticToolInvocation, location, what, _agent.Name));
                }
            }
        }

        private void Found(INamedTypeSymbol agent)
        {
            lock (_gate)
            {
                _agent ??= agent;
            }
        }

        private void Add(Location location, string what)
        {
            lock (_gate)
            {
                _sites.Add((location, what));
            }
        }

        private bool HasStep(INamedTypeSymbol agent) => agent.GetMembers().Any(m => m is IMethodSymbol && AgentSymbols.Has(m, symbols.Step));

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

        private static Location NameLocation(IInvocationOperation invocation) => invocation.Syntax is InvocationExpressionSyntax syntax
            ? syntax.Expression switch
            {
                MemberAccessExpressionSyntax access => access.Name.GetLocation(),
                var expression => expression.GetLocation(),
            }
            : invocation.Syntax.GetLocation();
    }
}
