using System.Collections.Generic;
using System.Linq;
using AgentGen.Serialization.Lenient;

namespace AgentGen.Tests.Lenient;

/// <summary>What reading a corpus answer must end in, when it is not a typed value.</summary>
internal enum Failure
{
    /// <summary>Two different objects read: the answer is refused, naming their intents.</summary>
    Ambiguous,

    /// <summary>The text ended inside the object.</summary>
    Truncated,

    /// <summary>Broken beyond the repairs.</summary>
    Malformed,

    /// <summary>No JSON object at all.</summary>
    NoObject,

    /// <summary>The intent names no tool of the union.</summary>
    UnknownTool,

    /// <summary>A required property is missing.</summary>
    MissingProperty,

    /// <summary>A value has the wrong type.</summary>
    WrongType,

    /// <summary>An enum value is not one of the names.</summary>
    UnknownEnumValue,

    /// <summary>Nested too deep.</summary>
    TooDeep,
}

/// <summary>One realistic model answer and what it must read as.</summary>
/// <param name="Name">A short name, shown as the test case.</param>
/// <param name="Answer">The model's text.</param>
/// <param name="Value">The typed step it must read as, or <see langword="null"/> when it must fail.</param>
/// <param name="Error">The failure it must end in, when <paramref name="Value"/> is null.</param>
/// <param name="Repairs">Repairs the answer must report (at least these).</param>
internal sealed record CorpusRow(string Name, string Answer, ISupportStep? Value, Failure? Error = null, LenientRepair Repairs = LenientRepair.None);

/// <summary>Realistic answers to the four-tool support union, as models write them.</summary>
internal static partial class Corpus
{
    private const string Lookup = """{"intent": "lookup_order", "order_id": "A-1"}""";
    private const string Ask = """{"intent": "ask_customer", "question": "Which colour?"}""";

    private static readonly LookupOrder s_lookup = new("A-1");
    private static readonly AskCustomer s_ask = new("Which colour?");

    public static IReadOnlyDictionary<string, CorpusRow> Rows { get; } =
        Clean().Concat(Wrapped()).Concat(Multiple()).Concat(Syntax()).Concat(Shapes()).Concat(Broken())
            .ToDictionary(r => r.Name);

    public static TheoryData<string> Names => new(Rows.Keys);

    private static CorpusRow Ok(string name, string answer, ISupportStep value, LenientRepair repairs = LenientRepair.None) => new(name, answer, value, null, repairs);

    private static CorpusRow Fails(string name, string answer, Failure error) => new(name, answer, null, error);

    private static IEnumerable<CorpusRow> Clean() =>
    [
        Ok("clean lookup", Lookup, s_lookup),
        Ok("clean refund with every field", """{"intent": "refund_order", "order_id": "A-1", "amount": 12.5, "reason": "damaged", "note": "Sorry!"}""", new RefundOrder("A-1", 12.5m, RefundReason.Damaged, "Sorry!")),
        Ok("clean refund without the optional note", """{"intent":"refund_order","order_id":"B-7","amount":3,"reason":"late"}""", new RefundOrder("B-7", 3m, RefundReason.Late)),
        Ok("clean ask", Ask, s_ask),
        Ok("clean close with the default", """{"intent": "close_case", "summary": "Refunded."}""", new CloseCase("Refunded.")),
        Ok("clean close unresolved", """{"intent": "close_case", "summary": "Gave up.", "resolved": false}""", new CloseCase("Gave up.", false)),
        Ok("pretty printed", "{\n  \"intent\": \"lookup_order\",\n  \"order_id\": \"A-1\"\n}\n", s_lookup),
        Ok("unicode text", """{"intent": "ask_customer", "question": "Größe ✓ 尺寸?"}""", new AskCustomer("Größe ✓ 尺寸?")),
        Ok("escaped quotes in a string", """{"intent": "ask_customer", "question": "Is it \"blue\"?"}""", new AskCustomer("Is it \"blue\"?")),
        Ok("braces inside a string", """{"intent": "ask_customer", "question": "Use {x} or } or {"}""", new AskCustomer("Use {x} or } or {")),
        Ok("intent last", """{"order_id": "A-1", "intent": "lookup_order"}""", s_lookup),
        Ok("an extra property is ignored", """{"intent": "lookup_order", "order_id": "A-1", "confidence": 0.9}""", s_lookup),
        Ok("surrounding whitespace", "\n\n   " + Lookup + "   \n", s_lookup),
        Ok("a number in a string", """{"intent": "refund_order", "order_id": "A-1", "amount": "12.50", "reason": "late"}""", new RefundOrder("A-1", 12.5m, RefundReason.Late), LenientRepair.ValueInString),
        Ok("an enum in another case", """{"intent": "refund_order", "order_id": "A-1", "amount": 1, "reason": "DAMAGED"}""", new RefundOrder("A-1", 1m, RefundReason.Damaged), LenientRepair.NameCase),
        Ok("a boolean in a string", """{"intent": "close_case", "summary": "ok", "resolved": "false"}""", new CloseCase("ok", false), LenientRepair.ValueInString),
        Ok("property names in pascal case", """{"intent": "refund_order", "OrderId": "A-1", "Amount": 5, "Reason": "late", "Note": "call back"}""", new RefundOrder("A-1", 5m, RefundReason.Late, "call back"), LenientRepair.NameCase),
        Ok("a property name in camel case", """{"intent": "lookup_order", "orderId": "A-1"}""", s_lookup, LenientRepair.NameCase),
        Ok("a property name with a hyphen", """{"intent": "lookup_order", "order-id": "A-1"}""", s_lookup, LenientRepair.NameCase),
        Ok("an optional property in another case", """{"intent": "refund_order", "order_id": "A-1", "amount": 5, "reason": "late", "NOTE": "call back"}""", new RefundOrder("A-1", 5m, RefundReason.Late, "call back"), LenientRepair.NameCase),
        Ok("a one-element array for a single value", """{"intent": "lookup_order", "order_id": ["A-1"]}""", s_lookup, LenientRepair.SingleValueList),
    ];

    private static IEnumerable<CorpusRow> Wrapped() =>
    [
        Ok("json code fence", "```json\n" + Lookup + "\n```", s_lookup, LenientRepair.CodeFence),
        Ok("bare code fence", "```\n" + Lookup + "\n```", s_lookup, LenientRepair.CodeFence),
        Ok("fence with prose around", "Sure! Here is the next step:\n```json\n" + Ask + "\n```\nLet me know if that works.", s_ask, LenientRepair.CodeFence | LenientRepair.SurroundingText),
        Ok("tilde fence", "~~~json\n" + Lookup + "\n~~~", s_lookup, LenientRepair.SurroundingText),
        Ok("prose before", "I will look the order up first. " + Lookup, s_lookup, LenientRepair.SurroundingText),
        Ok("prose after", Lookup + "\nThis finds the order's status.", s_lookup, LenientRepair.SurroundingText),
        Ok("braces in the prose", "I'll check {the order} first: " + Lookup, s_lookup, LenientRepair.SurroundingText),
        Ok("thought then action", "Thought: the customer wants a refund, but I need the order.\nAction: " + Lookup, s_lookup, LenientRepair.SurroundingText),
        Ok("apostrophes in the prose", "Here's what I'd do, it's simple: " + Lookup + " That's it.", s_lookup, LenientRepair.SurroundingText),
        Ok("answer tag", "<answer>" + Lookup + "</answer>", s_lookup, LenientRepair.XmlTag),
        Ok("json tag on lines", "<json>\n" + Ask + "\n</json>", s_ask, LenientRepair.XmlTag),
        Ok("thinking tag then answer tag", "<thinking>The order id is A-1.</thinking>\n<answer>" + Lookup + "</answer>", s_lookup, LenientRepair.XmlTag | LenientRepair.SurroundingText),
        Ok("tag inside a fence", "```xml\n<output>" + Lookup + "</output>\n```", s_lookup, LenientRepair.XmlTag | LenientRepair.CodeFence),
        Ok("a one-object array", "[" + Lookup + "]", s_lookup, LenientRepair.SurroundingText),
    ];

    private static IEnumerable<CorpusRow> Multiple() =>
    [
        Ok("the same object twice", "My answer: " + Lookup + "\n```json\n" + Lookup + "\n```", s_lookup, LenientRepair.MultipleObjects),
        Ok("an example with an unknown intent, then the answer", """For example {"intent": "example_tool"}. My answer: """ + Lookup, s_lookup, LenientRepair.MultipleObjects),
        Ok("an incomplete object, then a complete one", """{"intent": "lookup_order"} sorry, I meant """ + Ask, s_ask, LenientRepair.MultipleObjects),
        Ok("the schema echoed, then the answer", """The schema is {"type": "object", "properties": {"intent": {"type": "string"}}} so: """ + Lookup, s_lookup, LenientRepair.MultipleObjects),
        Ok("a complete object, then a cut one", Lookup + "\n{\"intent\": \"ask_cust", s_lookup),
        Ok("an object with a missing field, then the fixed one", """{"intent": "refund_order", "order_id": "A-1"}""" + "\nCorrected: " + """{"intent": "refund_order", "order_id": "A-1", "amount": 2, "reason": "late"}""", new RefundOrder("A-1", 2m, RefundReason.Late), LenientRepair.MultipleObjects),
        Fails("two different tools", Lookup + "\n" + Ask, Failure.Ambiguous),
        Fails("two different tools in fences", "```json\n" + Lookup + "\n```\nor\n```json\n" + Ask + "\n```", Failure.Ambiguous),
        Fails("an array of two steps", "[" + Lookup + ", " + Ask + "]", Failure.Ambiguous),
        Fails("the same tool with different arguments", Lookup + """ {"intent": "lookup_order", "order_id": "A-2"}""", Failure.Ambiguous),
        Fails("json lines", Lookup + "\n" + """{"intent": "close_case", "summary": "done"}""" + "\n", Failure.Ambiguous),
    ];
}
