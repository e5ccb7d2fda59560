using System;
using System.Linq;
using AgentGen.Generators.Helpers;
using AgentGen.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AgentGen.Generators;

/// <summary>
/// Emits, for every <c>[Tool]</c> type, its JSON schema, reflection-free reader, binder and writer,
/// and its Microsoft.Extensions.AI declaration.
/// </summary>
/// <remarks>
/// Data flows one way: symbols are turned into equatable models by <see cref="Parser"/>, and models into text by <see cref="Emitter"/>.
/// The generator reports no diagnostics: what it cannot handle it skips, and the analyzers say why.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed partial class AgentGenerator : IIncrementalGenerator
{
    internal const string ToolAttributeName = "AgentGen.ToolAttribute";
    internal const string NextStepAttributeName = "AgentGen.NextStepAttribute";
    internal const string AgentAttributeName = "AgentGen.AgentAttribute";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Generated code uses raw and UTF-8 string literals and static abstract interface members (C# 11).
        IncrementalValueProvider<bool> languageSupported = context.ParseOptionsProvider
            .Select(static (options, _) => options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp11 })
            .WithTrackingName(TrackingNames.LanguageSupport);

        IncrementalValuesProvider<ToolModel> tools = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                ToolAttributeName,
                predicate: static (node, _) => node is RecordDeclarationSyntax or ClassDeclarationSyntax,
                transform: static (context, cancellationToken) => Parser.ParseTool(context, cancellationToken))
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(TrackingNames.ToolModels);

        IncrementalValuesProvider<ToolModel> supportedTools = tools
            .Combine(languageSupported)
            .Where(static pair => pair.Right)
            .Select(static (pair, _) => pair.Left)
            .WithTrackingName(TrackingNames.SupportedToolModels);

        context.RegisterSourceOutput(supportedTools, static (context, tool) =>
            context.AddSource(tool.Declaration.HintName, Emitter.EmitTool(tool)));

        IncrementalValuesProvider<UnionDeclarationModel> unionDeclarations = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                NextStepAttributeName,
                predicate: static (node, _) => node is InterfaceDeclarationSyntax,
                transform: static (context, cancellationToken) => Parser.ParseUnion(context, cancellationToken))
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(TrackingNames.UnionDeclarations);

        // The one place that needs every tool: a union's members are the tools that implement it.
        IncrementalValueProvider<EquatableArray<ToolModel>> allTools = supportedTools
            .Collect()
            .Select(static (tools, _) => tools.OrderBy(t => t.Declaration.FullyQualifiedName, StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.AllTools);

        // One registry per assembly, so a saved thread's tool calls load back without reflection.
        IncrementalValueProvider<ToolRegistryModel> registry = allTools
            .Select(static (tools, _) => ToolRegistryModel.From(tools))
            .WithTrackingName(TrackingNames.ToolRegistry);

        context.RegisterSourceOutput(registry, static (context, registry) =>
        {
            if (!registry.Entries.IsEmpty)
            {
                context.AddSource(Emitter.ToolRegistryHintName, Emitter.EmitToolRegistry(registry));
            }
        });

        IncrementalValuesProvider<UnionModel> unions = unionDeclarations
            .Combine(allTools)
            .Combine(languageSupported)
            .Where(static pair => pair.Right)
            .Select(static (pair, _) => new UnionModel(pair.Left.Left, Parser.MembersOf(pair.Left.Left.Declaration.FullyQualifiedName, pair.Left.Right)))
            .WithTrackingName(TrackingNames.UnionModels);

        context.RegisterSourceOutput(unions, static (context, union) =>
            context.AddSource(union.Union.Declaration.HintName, Emitter.EmitUnion(union)));

        // Prompt files (factor 2: prompts are files you own). Only the few facts needed cross: path and text.
        IncrementalValueProvider<EquatableArray<PromptFileModel>> promptFiles = context.AdditionalTextsProvider
            .Select(static (text, cancellationToken) => new PromptFileModel(text.Path.Replace('\\', '/'), text.GetText(cancellationToken)?.ToString() ?? string.Empty))
            .Collect()
            .Select(static (files, _) => files.OrderBy(f => f.Path, StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.PromptFiles);

        IncrementalValuesProvider<AgentModel> agents = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                AgentAttributeName,
                predicate: static (node, _) => node is ClassDeclarationSyntax,
                transform: static (context, cancellationToken) => Parser.ParseAgent(context, cancellationToken))
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(TrackingNames.AgentDeclarations)
            .Combine(promptFiles)
            .Select(static (pair, _) => Parser.WithPromptFiles(pair.Left, pair.Right))
            .Combine(allTools)
            .Combine(languageSupported)
            .Where(static pair => pair.Right)
            .Select(static (pair, _) => new AgentModel(pair.Left.Left, Parser.MembersOfNextStep(pair.Left.Left, pair.Left.Right)))
            .WithTrackingName(TrackingNames.AgentModels);

        context.RegisterSourceOutput(agents, static (context, agent) =>
            context.AddSource(agent.Agent.Declaration.HintName, Emitter.EmitAgent(agent)));
    }
}
