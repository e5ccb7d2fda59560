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
    }
}
