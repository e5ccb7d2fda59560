using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace AgentGen.Tests.Tools;

/// <summary>Small helpers shared by the tool tests: read text, write values, and turn JSON into tool-call arguments.</summary>
internal static class ToolJson
{
    public static ToolReadResult<T> Read<T>(string json, ToolReadOptions? options = null)
        where T : class, ITool<T> =>
        T.ReadJson(Encoding.UTF8.GetBytes(json), options);

    public static T ReadValue<T>(string json)
        where T : class, ITool<T>
    {
        ToolReadResult<T> result = Read<T>(json);
        Assert.True(result.IsSuccess, result.ToString());
        return result.Value;
    }

    public static ToolReadError SingleError<T>(ToolReadResult<T> result)
        where T : class
    {
        Assert.False(result.IsSuccess, "expected a failure");
        return Assert.Single(result.Errors);
    }

    public static byte[] Write<T>(T value)
        where T : class, ITool<T>
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            value.WriteJson(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The arguments a provider gives when it parses the call itself: one <see cref="JsonElement"/> per property.</summary>
    public static Dictionary<string, object?> ElementArguments(string json) => ElementArguments(Encoding.UTF8.GetBytes(json));

    public static Dictionary<string, object?> ElementArguments(byte[] utf8Json)
    {
        using JsonDocument document = JsonDocument.Parse(utf8Json);
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());
    }

    /// <summary>The arguments a provider gives when it builds CLR values: strings, longs, doubles, bools, nulls, dictionaries and lists.</summary>
    public static Dictionary<string, object?> ClrArguments(string json) => ClrArguments(Encoding.UTF8.GetBytes(json));

    public static Dictionary<string, object?> ClrArguments(byte[] utf8Json)
    {
        using JsonDocument document = JsonDocument.Parse(utf8Json);
        return (Dictionary<string, object?>)ToClr(document.RootElement)!;
    }

    public static object? ToClr(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ToClr(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Select(ToClr).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number when element.TryGetInt64(out long l) => l,
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
