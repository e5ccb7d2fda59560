using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;

namespace AgentGen.Tests.Tools;

/// <summary>The seeds the fuzzer mutates: JSON the writer produced for random values, and outputs shaped like real model replies.</summary>
internal static class FuzzCorpus
{
    private static readonly string[] s_modelReplies =
    [
        """{"title":"Database down","severity":"critical","labels":["db","prod"],"owner":{"name":"Ada","email":"ada@example.com"},"escalation":null,"watchers":[],"settings":{"channel":"pager_duty"}}""",
        "```json\n{\"query\": \"timeout\", \"limit\": 20}\n```",
        "Sure! Here is the tool call:\n{\"query\": \"error 500\", \"service\": \"api\"}\nLet me know if you need anything else.",
        "{'query': 'x', 'limit': 5}",
        "{query: \"x\", limit: 5,}",
        "{\n  // search the logs\n  \"query\": \"x\", /* the default */ \"limit\": 50,\n}",
        """{"query":"x","limit":"ten","include_archived":"yes","min_score":"high"}""",
        """{"query":"x","min_level":"WARNING","include_archived":"true","min_score":"0.5"}""",
        """[{"query":"x"}]""",
        "\"{\\\"query\\\":\\\"x\\\"}\"",
        """{"query":"x"}{"query":"y"}""",
        "{\r\n    \"numbers\": [1, 2, 3],\r\n    \"matrix\": [[1, 2], [3]],\r\n    \"maybe_names\": [\"a\", null],\r\n    \"tags\": {\"a\": \"b\"}\r\n}",
        """{"numbers":[1,2,3.5,"4",null],"matrix":[1,[2]],"ids":["not-a-guid"],"levels":["LOW","Critical","unknown"],"scores":{"x":"NaN"}}""",
        """{"text":"\ud83d\ude00 \u00e9 \u0000","flag":"true","tiny":-128,"octet":255,"small":1,"small_unsigned":1,"number":1,"number_unsigned":1,"big":9223372036854775807,"big_unsigned":18446744073709551615,"ratio":3.4028235E+38,"real":1.7976931348623157E+308,"money":79228162514264337593543950335}""",
        """{"text":"lone \udc00 surrogate","flag":true}""",
        """{"starts_at":"2026-11-24T08:00:00+02:00","created_at":"2026-11-24","day":"2026-11-24","at":"08:00","duration":"1.02:03:04","ticket_id":"{0f8fad5b-d9cb-469f-a165-70867728950e}","runbook":"not a uri"}""",
        """{"title":"x","severity":"low","labels":"api","owner":"Ada","watchers":{"name":"Lin"},"settings":[]}""",
        """{"title":"abc","title":"def","severity":"low","severity":"high","labels":[],"watchers":[],"settings":{"channel":"email","channel":"sms-text"}}""",
        "\uFEFF{\"query\":\"bom\"}",
        "",
        "   ",
        "null",
        "{}",
        "[]",
        """{"":""}""",
        """{"query":""" + new string('[', 100) + new string(']', 100) + "}",
    ];

    public static IReadOnlyList<byte[]> Build()
    {
        var corpus = new List<byte[]>();
        corpus.AddRange(s_modelReplies.Select(Encoding.UTF8.GetBytes));
        for (ulong seed = 1; seed <= 40; seed++)
        {
            corpus.Add(Written(ToolGenerators.OpenTicket, seed));
            corpus.Add(Written(ToolGenerators.CollectionShapes, seed));
            corpus.Add(Written(ToolGenerators.AllPrimitives, seed));
            corpus.Add(Written(ToolGenerators.ScheduleMaintenance, seed));
            corpus.Add(ToolJson.Write(new SearchLogs("query " + seed, (int)seed, MinScore: seed / 100.0)));
        }

        return corpus;
    }

    private static byte[] Written<T>(Gen<T> gen, ulong seed)
        where T : class, ITool<T> =>
        ToolJson.Write(ToolGenerators.Example(gen, seed));
}
