using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AgentGen.Analyzers.ControlFlow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AgentGen.Analyzers.Prompts;

/// <summary>
/// Checks each <c>[Step]</c> prompt of an <c>[Agent]</c> against the step's parameters (factors 2 and 13): every
/// placeholder names a parameter (AGEN0030) and every parameter but the <c>CancellationToken</c> reaches the prompt (AGEN0031).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PromptAnalyzer : AgentAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.UnknownPlaceholder, Descriptors.UnusedStepParameter);

    /// <inheritdoc/>
    private protected override void Register(CompilationStartAnalysisContext start, AgentSymbols symbols)
    {
        start.RegisterSymbolAction(symbolContext => AnalyzeAgent(symbolContext, symbols), SymbolKind.NamedType);
    }

    /// <summary>
    /// Steps are found from their agent: a step's generated half carries <c>[GeneratedCode]</c>, which makes the compiler
    /// treat the whole partial method as generated and skip a method symbol action on it.
    /// </summary>
    private static void AnalyzeAgent(SymbolAnalysisContext context, AgentSymbols symbols)
    {
        var agent = (INamedTypeSymbol)context.Symbol;
        if (!symbols.IsAgent(agent))
        {
            return;
        }

        foreach (IMethodSymbol method in agent.GetMembers().OfType<IMethodSymbol>())
        {
            context.CancellationToken.ThrowIfCancellationRequested();

            // A partial step is checked once, on the declaration the user wrote.
            if (method.PartialDefinitionPart is null)
            {
                AnalyzeStep(context, symbols, method);
            }
        }
    }

    private static void AnalyzeStep(SymbolAnalysisContext context, AgentSymbols symbols, IMethodSymbol method)
    {
        AttributeData? step = method.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, symbols.Step));
        if (step is null || step.ConstructorArguments.Length != 1 || step.ConstructorArguments[0].Value is not string prompt ||
            step.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is not AttributeSyntax { ArgumentList.Arguments.Count: > 0 } syntax)
        {
            return;
        }

        var parameters = method.Parameters
            .Where(p => !SymbolEqualityComparer.Default.Equals(p.Type, symbols.CancellationToken))
            .Select(p => (Parameter: p, IsThread: SymbolEqualityComparer.Default.Equals(p.Type, symbols.AgentThread)))
            .ToList();

        var used = new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default);
        var reported = new HashSet<string>(System.StringComparer.Ordinal);
        Location argument = syntax.ArgumentList.Arguments[0].GetLocation();
        foreach (string placeholder in PromptPlaceholders.Names(prompt))
        {
            var match = parameters.FirstOrDefault(p => PromptPlaceholders.Matches(placeholder, p.Parameter.Name, p.IsThread));
            if (match.Parameter is not null)
            {
                used.Add(match.Parameter);
            }
            else if (reported.Add(placeholder))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnknownPlaceholder, argument, placeholder, method.Name));
            }
        }

        foreach ((IParameterSymbol parameter, bool isThread) in parameters)
        {
            if (!used.Contains(parameter) && parameter.Locations.FirstOrDefault(l => l.IsInSource) is { } location)
            {
                string suggestion = isThread ? "thread" : PromptPlaceholders.ToSnakeCase(parameter.Name);
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnusedStepParameter, location, parameter.Name, method.Name, suggestion));
            }
        }
    }
}
