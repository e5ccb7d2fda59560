using System.Collections.Generic;
using AgentGen.Serialization.Lenient;

namespace AgentGen.Tests.Lenient;

/// <summary>Answers that need syntax repairs, other shapes, and answers that cannot be read.</summary>
internal static partial class Corpus
{
    private static IEnumerable<CorpusRow> Syntax() =>
    [
        Ok("trailing comma", """{"intent": "lookup_order", "order_id": "A-1",}""", s_lookup, LenientRepair.TrailingComma),
        Ok("trailing comma before a line break", "{\n  \"intent\": \"lookup_order\",\n  \"order_id\": \"A-1\",\n}", s_lookup, LenientRepair.TrailingComma),
        Ok("trailing commas in a nested extra", """{"intent": "lookup_order", "order_id": "A-1", "meta": {"a": [1, 2,],},}""", s_lookup, LenientRepair.TrailingComma),
        Ok("single quotes", "{'intent': 'lookup_order', 'order_id': 'A-1'}", s_lookup, LenientRepair.SingleQuotes),
        Ok("single quotes around a double quote", "{'intent': 'ask_customer', 'question': 'Is it \"blue\"?'}", new AskCustomer("Is it \"blue\"?"), LenientRepair.SingleQuotes),
        Ok("single quotes with an escaped apostrophe", "{'intent': 'ask_customer', 'question': 'Isn\\'t it blue?'}", new AskCustomer("Isn't it blue?"), LenientRepair.SingleQuotes),
        Ok("mixed quotes", "{\"intent\": 'lookup_order', 'order_id': \"A-1\"}", s_lookup, LenientRepair.SingleQuotes),
        Ok("unquoted keys", """{intent: "lookup_order", order_id: "A-1"}""", s_lookup, LenientRepair.UnquotedKeys),
        Ok("javascript object literal", "{intent: 'refund_order', order_id: 'A-1', amount: 4.5, reason: 'wrong_item',}", new RefundOrder("A-1", 4.5m, RefundReason.WrongItem), LenientRepair.UnquotedKeys | LenientRepair.SingleQuotes | LenientRepair.TrailingComma),
        Ok("unquoted keys on lines", "{\n  intent: \"ask_customer\",\n  question: \"Which colour?\"\n}", s_ask, LenientRepair.UnquotedKeys),
        Ok("line comment", "{\n  \"intent\": \"lookup_order\", // look it up first\n  \"order_id\": \"A-1\"\n}", s_lookup, LenientRepair.Comments),
        Ok("block comment", """{"intent": "lookup_order", /* the order in the message */ "order_id": "A-1"}""", s_lookup, LenientRepair.Comments),
        Ok("hash comment", "{\n  \"intent\": \"lookup_order\",  # python style\n  \"order_id\": \"A-1\"\n}", s_lookup, LenientRepair.Comments),
        Ok("comment with braces", "{\n  // use {order} here }\n  \"intent\": \"lookup_order\", \"order_id\": \"A-1\"\n}", s_lookup, LenientRepair.Comments),
        Ok("python False", "{'intent': 'close_case', 'summary': 'done', 'resolved': False}", new CloseCase("done", false), LenientRepair.PythonLiterals | LenientRepair.SingleQuotes),
        Ok("python None", """{"intent": "refund_order", "order_id": "A-1", "amount": 1, "reason": "late", "note": None}""", new RefundOrder("A-1", 1m, RefundReason.Late), LenientRepair.PythonLiterals),
        Ok("python True", """{"intent": "close_case", "summary": "done", "resolved": True}""", new CloseCase("done"), LenientRepair.PythonLiterals),
        Ok("a raw line break in a string", "{\"intent\": \"ask_customer\", \"question\": \"Which\ncolour?\"}", new AskCustomer("Which\ncolour?"), LenientRepair.StringEscapes),
        Ok("an invalid escape in a string", """{"intent": "ask_customer", "question": "C:\dir?"}""", new AskCustomer("C:\\dir?"), LenientRepair.StringEscapes),
    ];

    private static IEnumerable<CorpusRow> Shapes() =>
    [
        Ok("function call shape", """{"name": "lookup_order", "arguments": {"order_id": "A-1"}}""", s_lookup, LenientRepair.FunctionCallShape),
        Ok("function call with string arguments", """{"name": "lookup_order", "arguments": "{\"order_id\": \"A-1\"}"}""", s_lookup, LenientRepair.FunctionCallShape),
        Ok("nested function object", """{"type": "function", "function": {"name": "ask_customer", "arguments": {"question": "Which colour?"}}}""", s_ask, LenientRepair.FunctionCallShape),
        Ok("function call with parameters", """{"name": "refund_order", "parameters": {"order_id": "A-1", "amount": 2, "reason": "late"}}""", new RefundOrder("A-1", 2m, RefundReason.Late), LenientRepair.FunctionCallShape),
        Ok("function call in a tool_call tag", """<tool_call>{"name": "lookup_order", "arguments": {"order_id": "A-1"}}</tool_call>""", s_lookup, LenientRepair.FunctionCallShape | LenientRepair.XmlTag),
        Ok("function call with single quotes", "{'name': 'close_case', 'arguments': {'summary': 'ok', 'resolved': True}}", new CloseCase("ok"), LenientRepair.FunctionCallShape | LenientRepair.PythonLiterals),
        Ok("function call with a pascal case name", """{"name": "LookupOrder", "arguments": {"order_id": "A-1"}}""", s_lookup, LenientRepair.FunctionCallShape),
        Fails("function call with an unknown name", """{"name": "cancel_order", "arguments": {"order_id": "A-1"}}""", Failure.UnknownTool),
        Fails("tool instead of intent", """{"tool": "lookup_order", "order_id": "A-1"}""", Failure.MissingProperty),
        Ok("intent in title case", """{"intent": "Lookup_Order", "order_id": "A-1"}""", s_lookup),
        Ok("intent in upper case", """{"intent": "LOOKUP_ORDER", "order_id": "A-1"}""", s_lookup),
        Ok("intent with a hyphen", """{"intent": "lookup-order", "order_id": "A-1"}""", s_lookup),
        Ok("intent with a space", """{"intent": "Lookup Order", "order_id": "A-1"}""", s_lookup),
        Ok("intent in pascal case", """{"intent": "LookupOrder", "order_id": "A-1"}""", s_lookup),
        Ok("intent in camel case", """{"intent": "lookupOrder", "order_id": "A-1"}""", s_lookup),
        Ok("intent with padding", """{"intent": " lookup_order ", "order_id": "A-1"}""", s_lookup),
    ];

    private static IEnumerable<CorpusRow> Broken() =>
    [
        Fails("cut inside a string", """{"intent": "ask_customer", "question": "Which col""", Failure.Truncated),
        Fails("cut after a comma", """{"intent": "lookup_order", "order_id": "A-1",""", Failure.Truncated),
        Fails("cut before the closing brace", """{"intent": "lookup_order", "order_id": "A-1" """, Failure.Truncated),
        Fails("cut inside a fence", "```json\n{\"intent\": \"lookup_order\", \"order_id\": \"A-", Failure.Truncated),
        Fails("cut inside a property name", """{"intent": "lookup_order", "order_""", Failure.Truncated),
        Fails("cut inside a comment", """{"intent": "lookup_order", /* the order""", Failure.Truncated),
        Fails("cut inside a nested value", """{"intent": "lookup_order", "meta": {"a": [1, 2""", Failure.Truncated),
        Fails("prose only", "I would look up the order first.", Failure.NoObject),
        Fails("empty answer", string.Empty, Failure.NoObject),
        Fails("empty fence", "```json\n```", Failure.NoObject),
        Fails("an array of strings", """["lookup_order", "A-1"]""", Failure.NoObject),
        Fails("a bare string", "\"lookup_order\"", Failure.NoObject),
        Fails("an unquoted value", """{"intent": "lookup_order", "order_id": A-1}""", Failure.Malformed),
        Fails("a missing comma", """{"intent": "lookup_order" "order_id": "A-1"}""", Failure.Malformed),
        Fails("braces in prose only", "Use {braces} to group things.", Failure.Malformed),
        Fails("a missing required property", """{"intent": "refund_order", "order_id": "A-1"}""", Failure.MissingProperty),
        Fails("a wrong type", """{"intent": "refund_order", "order_id": "A-1", "amount": "lots", "reason": "late"}""", Failure.WrongType),
        Fails("an unknown enum value", """{"intent": "refund_order", "order_id": "A-1", "amount": 1, "reason": "bored"}""", Failure.UnknownEnumValue),
        Fails("an unknown intent", """{"intent": "cancel_order", "order_id": "A-1"}""", Failure.UnknownTool),
        Fails("no intent", """{"order_id": "A-1"}""", Failure.MissingProperty),
        Fails("a numeric intent", """{"intent": 3, "order_id": "A-1"}""", Failure.WrongType),
        Fails("an empty object", "{}", Failure.MissingProperty),
        Fails("nested too deep", """{"intent": "lookup_order", "order_id": "A-1", "x": """ + new string('[', 300) + new string(']', 300) + "}", Failure.TooDeep),
    ];
}
