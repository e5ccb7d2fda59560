using System;
using System.Collections.Immutable;
using System.Linq;
using AgentGen.Analyzers.ControlFlow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AgentGen.Analyzers.Prompts;

/// <summary>
/// Reports a <c>[Step(PromptFile = "...")]</c> whose file is not passed to the compiler as an <c>AdditionalFiles</c> item
/// (AGEN0032, factor 2): the generator would have no prompt to send. A file matches as the generator matches it: the
/// item's path, with <c>/</c> separators, ends with <c>/</c> and the prompt file's path, ignoring case.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PromptFileAnalyzer : AgentAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.MissingPromptFile);

    /// <inheritdoc/>
    private protected override void Register(CompilationStartAnalysisContext start, AgentSymbols symbols)
    {
        ImmutableArray<string> files = start.Options.AdditionalFiles.Select(f => "/" + f.Path.Replace('\\', '/')).ToImmutableArray();
        start.RegisterSymbolAction(c => AnalyzeAgent(c, symbols, files), SymbolKind.NamedType);
    }

    /// <summary>Steps are found from their agent, as <see cref="PromptAnalyzer"/> finds them (a step's generated half makes it "generated code").</summary>
    private static void AnalyzeAgent(SymbolAnalysisContext context, AgentSymbols symbols, ImmutableArray<string> files)
    {
        var agent = (INamedTypeSymbol)context.Symbol;
        if (!symbols.IsAgent(agent))
        {
            return;
        }

        // A partial step is checked once, on its defining declaration.
        foreach (IMethodSymbol method in agent.GetMembers().OfType<IMethodSymbol>().Where(m => m.PartialDefinitionPart is null))
        {
            AnalyzeStep(context, symbols, files, method);
        }
    }

    private static void AnalyzeStep(SymbolAnalysisContext context, AgentSymbols symbols, ImmutableArray<string> files, IMethodSymbol method)
    {
        AttributeData? step = method.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, symbols.Step));
        if (step?.NamedArguments.FirstOrDefault(a => a.Key == "PromptFile").Value.Value is not string promptFile)
        {
            return;
        }

        string wanted = "/" + promptFile.Replace('\\', '/').TrimStart('/');
        if (files.Any(f => f.EndsWith(wanted, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        Location? location = (step.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) as AttributeSyntax)?.ArgumentList?.Arguments
            .FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "PromptFile")?.Expression.GetLocation()
            ?? method.Locations.FirstOrDefault(l => l.IsInSource);
        if (location is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.MissingPromptFile, location, promptFile, method.Name));
        }
    }
}
