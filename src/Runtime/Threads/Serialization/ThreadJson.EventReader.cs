using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace AgentGen;

public static partial class ThreadJson
{
    /// <summary>
    /// Reads one event at a time in a single pass: its properties go into one slot per known name (no dictionary, no
    /// per-event path), are checked when the event is built, and whatever is left unread makes it an <see cref="UnknownEvent"/>.
    /// </summary>
    /// <remarks>
    /// The checks and their order are the format's contract: the kind first, then a property that appears twice, then the
    /// event's properties in the order of its constructor's parameters. Error paths are only built for the error thrown.
    /// </remarks>
    private ref struct EventReader
    {
        private readonly ReadOnlySpan<byte> _utf8Json;
        private readonly IToolRegistry _tools;
        private Slots _slots;
        private RecentTexts _recent;
        private InvalidOperationException?[]? _invalid;
        private int _index;
        private int _present;
        private int _consumed;
        private bool _hasOther;
        private HashSet<string>? _otherNames;
        private Exception? _propertyError;
        private EventKind _kind;
        private bool _argumentsRead;
        private ITool? _arguments;

        public EventReader(ReadOnlySpan<byte> utf8Json, IToolRegistry tools)
        {
            _utf8Json = utf8Json;
            _tools = tools;
            _slots = default;
            _recent = default;
        }

        private readonly bool HasUnread => _hasOther || (_present & ~_consumed) != 0;

        /// <summary>Reads the event the reader is on and leaves the reader on its last token.</summary>
        /// <exception cref="ThreadFormatException">The value is not an event this version can read or keep.</exception>
        public ThreadEvent Read(ref Utf8JsonReader reader, int index)
        {
            _index = index;
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                string found = DescribeToken(ref reader, _utf8Json);
                reader.Skip();
                throw Format(EventPath(index), $"expected an event object, found {found}");
            }

            int start = (int)reader.TokenStartIndex;
            if (_hasOther)
            {
                _otherNames?.Clear();
                _hasOther = false;
            }

            _present = 0;
            _consumed = 0;
            _propertyError = null;
            _argumentsRead = false;
            _arguments = null;
            _kind = EventKind.Unknown;
            _slots[(int)Field.Kind].Type = JsonTokenType.None;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                Field field;
                if (!reader.ValueIsEscaped)
                {
                    field = FieldOf(reader.ValueSpan);
                    if (field == Field.Other && RecordName(ref reader) == Field.Other)
                    {
                        continue;
                    }
                }
                else if ((field = RecordName(ref reader)) == Field.Other)
                {
                    continue;
                }

                reader.Read();
                if (field == Field.Kind)
                {
                    RecordKind(ref reader);
                    continue;
                }

                int bit = 1 << (int)field;
                if ((_present & bit) != 0)
                {
                    _propertyError ??= Format(FieldPath(field), "the property appears twice");
                }

                _present |= bit;
                Record(ref reader, field);
            }

            return Build(start, (int)reader.BytesConsumed);
        }

        /// <summary>Finds the field a name spells once unescaped; a name no field has is recorded as unread and its value skipped.</summary>
        private Field RecordName(ref Utf8JsonReader reader)
        {
            if (!TryGetString(ref reader, out string? name, out InvalidOperationException? invalid))
            {
                // Not valid UTF-8 or UTF-16 once unescaped: reported after the kind, in document order.
                _propertyError ??= invalid;
                _hasOther = true;
                reader.Read();
                reader.Skip();
                return Field.Other;
            }

            Field field = FieldOf(Encoding.UTF8.GetBytes(name));
            if (field == Field.Other)
            {
                RecordOther(ref reader, name);
            }

            return field;
        }

        /// <summary>Records a property this version does not know (the event is then kept verbatim) and skips its value.</summary>
        private void RecordOther(ref Utf8JsonReader reader, string name)
        {
            _hasOther = true;
            _otherNames ??= new HashSet<string>(StringComparer.Ordinal);
            if (!_otherNames.Add(name))
            {
                _propertyError ??= Format($"{EventPath(_index)}.{name}", "the property appears twice");
            }

            reader.Read();
            reader.Skip();
        }

        /// <summary>Records the kind. The last one counts and is never a duplicate, as when looked up by name.</summary>
        private void RecordKind(ref Utf8JsonReader reader)
        {
            Record(ref reader, Field.Kind, readString: false);
            ref Slot slot = ref _slots[(int)Field.Kind];
            _kind = EventKind.Unknown;
            if (slot.Type == JsonTokenType.String)
            {
                _kind = reader.ValueIsEscaped ? KindOf(Encoding.UTF8.GetBytes(TextOf(ref reader, Field.Kind) ?? string.Empty)) : KindOf(reader.ValueSpan);
                if (_kind == EventKind.Unknown)
                {
                    _ = TextOf(ref reader, Field.Kind);
                }
            }
        }

        private void Record(ref Utf8JsonReader reader, Field field, bool readString = true)
        {
            ref Slot slot = ref _slots[(int)field];
            slot.Type = reader.TokenType;
            slot.Start = (int)reader.TokenStartIndex;
            slot.HasText = false;
            switch (reader.TokenType)
            {
                case JsonTokenType.String when readString:
                    _ = TextOf(ref reader, field);
                    break;
                case JsonTokenType.Number:
                    slot.IsInt32 = reader.TryGetInt32(out slot.Int32);
                    slot.Length = reader.ValueSpan.Length;
                    break;
                case JsonTokenType.StartObject when field == Field.Arguments && ToolNameSoFar() is { } toolName:
                    ReadArguments(ref reader, toolName);
                    slot.Length = (int)reader.BytesConsumed - slot.Start;
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    reader.Skip();
                    slot.Length = (int)reader.BytesConsumed - slot.Start;
                    break;
            }
        }

        /// <summary>The tool name of a tool call whose kind and tool come before its arguments (as written); otherwise null.</summary>
        private readonly string? ToolNameSoFar() =>
            _kind == EventKind.ToolCall && (_present & (1 << (int)Field.Tool)) != 0 && _slots[(int)Field.Tool] is { Type: JsonTokenType.String, HasText: true }
                ? _recent[RecentCount * (int)Field.Tool].Text
                : null;

        /// <summary>
        /// Reads a tool call's arguments where they are, so they are tokenized once. When the tool cannot read them (an
        /// unknown tool, JSON it refuses) the event is built from the slice later, exactly as if they had been skipped.
        /// </summary>
        private void ReadArguments(ref Utf8JsonReader reader, string toolName)
        {
            // One copy, to go back to when the tool refuses them: the read itself advances the reader in place.
            Utf8JsonReader start = reader;
            try
            {
                if (_tools.TryRead(toolName, ref reader, out ITool? tool, out _) && tool is not null)
                {
                    (_argumentsRead, _arguments) = (true, tool);
                    return;
                }
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException)
            {
                // Reported below by skipping from where the arguments start, as the slice path reports it.
            }

            reader = start;
            reader.Skip();
        }

        /// <summary>
        /// Reads the string the reader is on into the field's slot; one that does not unescape is kept as its error. A value
        /// written exactly as one of the field's <see cref="RecentCount"/> previous ones (a tool name, a call id, a source)
        /// is that same string, moved to the front; a new one goes to the front and the oldest is forgotten.
        /// </summary>
        private string? TextOf(ref Utf8JsonReader reader, Field field)
        {
            ref Slot slot = ref _slots[(int)field];
            int first = RecentCount * (int)field;
            if (slot.HasText)
            {
                return _recent[first].Text;
            }

            slot.HasText = true;
            ReadOnlySpan<byte> raw = reader.ValueSpan;
            int found = -1;
            for (int i = first; i < first + RecentCount && _recent[i].Text is not null; i++)
            {
                if (_recent[i].Length == raw.Length && raw.SequenceEqual(_utf8Json.Slice(_recent[i].Start, raw.Length)))
                {
                    found = i;
                    break;
                }
            }

            RecentText recent;
            if (found >= 0)
            {
                recent = _recent[found];
            }
            else if (TryGetString(ref reader, out string? text, out InvalidOperationException? invalid))
            {
                (found, recent) = (first + RecentCount - 1, new RecentText(text, (int)reader.TokenStartIndex + 1, raw.Length));
            }
            else
            {
                _invalid ??= new InvalidOperationException?[s_fieldCount];
                _invalid[(int)field] = invalid;
                return null;
            }

            for (int i = found; i > first; i--)
            {
                _recent[i] = _recent[i - 1];
            }

            _recent[first] = recent;
            if (_invalid is not null)
            {
                _invalid[(int)field] = null;
            }

            return recent.Text;
        }

        private ThreadEvent Build(int start, int end)
        {
            ref Slot kind = ref _slots[(int)Field.Kind];
            if (kind.Type != JsonTokenType.String)
            {
                throw Format(EventPath(_index) + ".kind", $"expected a string, found {(kind.Type == JsonTokenType.None ? "nothing" : Describe(kind))}");
            }

            if ((InvalidOf(Field.Kind) ?? _propertyError) is { } error)
            {
                throw error;
            }

            ThreadEvent? read = _kind switch
            {
                EventKind.Message => new MessageEvent(String(Field.Text), String(Field.Source)),
                EventKind.ToolCall => ReadToolCall(),
                EventKind.ToolResult => new ToolResultEvent(String(Field.CallId), String(Field.Tool), String(Field.Result)),
                EventKind.ToolError => new ToolErrorEvent(String(Field.CallId), String(Field.Tool), String(Field.ErrorType), String(Field.Message)),
                EventKind.ParseError => new ParseErrorEvent(OptionalString(Field.Tool), String(Field.Message)),
                EventKind.HumanInputRequested => new HumanInputRequestedEvent(String(Field.CallId)),
                EventKind.ApprovalRequested => new ApprovalRequestedEvent(String(Field.CallId)),
                EventKind.Paused => new PausedEvent(String(Field.Reason)),
                EventKind.Done => new DoneEvent(String(Field.Message)),
                EventKind.Failed => new FailedEvent(String(Field.Error)),
                EventKind.StepLimitReached => new StepLimitReachedEvent(Int32(Field.MaxSteps)),
                EventKind.Escalated => new EscalatedEvent(Int32(Field.ConsecutiveErrors)),
                EventKind.ToolStarted => new ToolStartedEvent(String(Field.CallId), Int32(Field.Attempt)),
                EventKind.ApprovalGranted => new ApprovalGrantedEvent(String(Field.CallId), OptionalString(Field.Comment)),
                EventKind.ApprovalRejected => new ApprovalRejectedEvent(String(Field.CallId), String(Field.Tool), String(Field.Feedback)),
                EventKind.HumanResponse => new HumanResponseEvent(OptionalString(Field.CallId), String(Field.Text)),
                _ => null,
            };

            // A newer kind, an unknown tool, or a property this version does not know: keep the event verbatim.
            if (read is not null && !HasUnread)
            {
                return read;
            }

            string kindName = _kind == EventKind.Unknown ? _recent[RecentCount * (int)Field.Kind].Text! : s_kindNames[(int)_kind];
            return new UnknownEvent(kindName, Encoding.UTF8.GetString(_utf8Json[start..end]));
        }

        private ToolCallEvent? ReadToolCall()
        {
            string callId = String(Field.CallId);
            string toolName = String(Field.Tool);
            Slot arguments = Expect(Field.Arguments, JsonTokenType.StartObject, "object");
            if (HasUnread)
            {
                return null;
            }

            if (_argumentsRead && ReferenceEquals(toolName, ToolNameSoFar()))
            {
                return new ToolCallEvent(callId, _arguments!);
            }

            // Read from their slice of the input, not a copy: the tool came after its arguments, or did not read them.
            ReadOnlySpan<byte> json = _utf8Json.Slice(arguments.Start, arguments.Length);
            return _tools.TryRead(toolName, json, out ITool? tool, out _) && tool is not null ? new ToolCallEvent(callId, tool) : null;
        }

        private string String(Field field) => OptionalString(field, required: true)!;

        private string? OptionalString(Field field, bool required = false)
        {
            bool present = Take(field);
            ref Slot slot = ref _slots[(int)field];
            if (present && slot.Type == JsonTokenType.String)
            {
                return InvalidOf(field) is { } invalid ? throw invalid : _recent[RecentCount * (int)field].Text;
            }

            if (!required && (!present || slot.Type == JsonTokenType.Null))
            {
                return null;
            }

            throw Format(FieldPath(field), "expected a string, found " + (present ? Describe(slot) : "nothing"));
        }

        private int Int32(Field field)
        {
            Slot slot = Expect(field, JsonTokenType.Number, "number");
            return slot.IsInt32 ? slot.Int32 : throw Format(FieldPath(field), "expected an integer, found " + Describe(slot));
        }

        private Slot Expect(Field field, JsonTokenType type, string expected)
        {
            bool present = Take(field);
            ref Slot slot = ref _slots[(int)field];
            if (!present || slot.Type != type)
            {
                throw Format(FieldPath(field), $"expected {expected}, found {(present ? Describe(slot) : "nothing")}");
            }

            return slot;
        }

        /// <summary>Marks a field read (whatever is left unread makes the event unknown) and says whether it is present.</summary>
        private bool Take(Field field)
        {
            int bit = 1 << (int)field;
            _consumed |= bit;
            return (_present & bit) != 0;
        }

        private readonly InvalidOperationException? InvalidOf(Field field) => _slots[(int)field].HasText ? _invalid?[(int)field] : null;

        private readonly string FieldPath(Field field) => $"{EventPath(_index)}.{s_fieldNames[(int)field]}";

        private readonly string Describe(in Slot slot) => slot.Type switch
        {
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            JsonTokenType.String => "a string",
            JsonTokenType.Number => "the number " + Encoding.UTF8.GetString(_utf8Json.Slice(slot.Start, slot.Length)),
            JsonTokenType.True => "true",
            JsonTokenType.False => "false",
            JsonTokenType.Null => "null",
            _ => "nothing",
        };
    }
}
