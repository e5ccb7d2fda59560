using System;
using System.Collections.Generic;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace AgentGen;

/// <summary>
/// The contract the generator implements on every <see cref="ToolAttribute"/> type: its name, schema,
/// reflection-free reader, binder and writer, and its Microsoft.Extensions.AI declaration.
/// </summary>
/// <typeparam name="TSelf">The tool type itself.</typeparam>
/// <remarks>Do not implement this interface by hand; mark the type with <see cref="ToolAttribute"/>.</remarks>
public interface ITool<TSelf> : ITool
    where TSelf : class, ITool<TSelf>
{
    /// <summary>Gets the function name the model sees.</summary>
    static abstract string Name { get; }

    /// <summary>Gets the description the model sees, or <see langword="null"/> when none was written.</summary>
    static abstract string? Description { get; }

    /// <summary>Gets the tool's JSON schema as UTF-8 bytes.</summary>
    /// <param name="strict"><see langword="true"/> for the variant accepted by strict structured outputs (every property required, optional ones nullable).</param>
    static abstract ReadOnlySpan<byte> GetJsonSchema(bool strict);

    /// <summary>Gets the tool's declaration for <see cref="ChatOptions.Tools"/>. It describes the tool and is never invoked.</summary>
    /// <param name="strict"><see langword="true"/> to declare the strict schema variant.</param>
    static abstract AIFunctionDeclaration GetDeclaration(bool strict);

    /// <summary>Reads a tool value from UTF-8 JSON. Never throws for any input bytes.</summary>
    /// <param name="utf8Json">One JSON object.</param>
    /// <param name="options">Reading options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The value, or the errors a model can act on.</returns>
    static abstract ToolReadResult<TSelf> ReadJson(ReadOnlySpan<byte> utf8Json, ToolReadOptions? options = null);

    /// <summary>Binds a tool value from the arguments of a <see cref="FunctionCallContent"/>. Never throws for any argument values.</summary>
    /// <param name="arguments">The arguments, whose values may be <see cref="JsonElement"/>s, strings, numbers, booleans, <see langword="null"/>, or nested dictionaries and lists.</param>
    /// <param name="options">Reading options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The value, or the errors a model can act on.</returns>
    static abstract ToolReadResult<TSelf> BindArguments(IEnumerable<KeyValuePair<string, object?>>? arguments, ToolReadOptions? options = null);
}
