using System.Numerics;
using RCNetProofs.Numerics;

namespace RCNetProofs.Kernel.Targets;

/// <summary>Reads target expressions such as "x^2", "abs(x - 1/3)", "max(x, 1 - x)", "0.125*x", "x1*x2" or "floor(x)".</summary>
/// <remarks>
/// Grammar, loosest first (all binary operators left-associative):
/// <code>
/// expression := term (("+" | "-") term)*
/// term       := unary (("*" | "/") unary)*
/// unary      := "-" unary | power
/// power      := atom ("^" integer)?
/// atom       := number | "x" | "x" digits | "(" expression ")" | ("abs" | "floor" | "min" | "max") "(" expression ("," expression)* ")"
/// </code>
/// "x1", "x2", … name the coordinates of a point (x is x1).
/// Numbers are integers or exact decimals. Division is only by x-free operands: c/d with both x-free becomes
/// the constant, e/d becomes e·(1/d). A minus sign applied directly to a constant gives the negative constant.
/// abs and floor take one argument; min and max take two or more.
/// </remarks>
public static class TargetParser
{
    /// <summary>The largest exponent accepted, so that a typo cannot ask for a polynomial of huge degree.</summary>
    public const int MaxExponent = 1000;

    /// <summary>The deepest nesting of parentheses and signs accepted, so that parsing cannot exhaust the stack.</summary>
    public const int MaxNesting = 200;

    /// <summary>Parses target text.</summary>
    /// <exception cref="TargetParseException">With the 0-based position and the reason, for malformed text.</exception>
    public static TargetExpression Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reader = new Reader(text);
        var expression = reader.ParseExpression();
        reader.SkipSpaces();
        if (!reader.AtEnd) throw reader.Error($"unexpected '{reader.Current}'");
        return expression;
    }

    /// <summary>Parses target text, reporting failure instead of throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="expression">The expression, or null.</param>
    /// <param name="error">The message of the <see cref="TargetParseException"/> that <see cref="Parse"/> would throw, or null.</param>
    public static bool TryParse(string text, out TargetExpression? expression, out string? error)
    {
        try
        {
            expression = Parse(text);
            error = null;
            return true;
        }
        catch (TargetParseException e)
        {
            expression = null;
            error = e.Message;
            return false;
        }
    }

    private sealed class Reader(string text)
    {
        private int _position;
        private int _depth;

        public bool AtEnd => _position >= text.Length;
        public char Current => text[_position];

        public TargetParseException Error(string reason) => new(text, _position, reason);
        private TargetParseException ErrorAt(int position, string reason) => new(text, position, reason);

        public void SkipSpaces()
        {
            while (!AtEnd && char.IsWhiteSpace(Current)) _position++;
        }

        // Skips spaces, then consumes c if it comes next.
        private bool Accept(char c)
        {
            SkipSpaces();
            if (AtEnd || Current != c) return false;
            _position++;
            return true;
        }

        private void Expect(char c)
        {
            if (Accept(c)) return;
            throw Error(AtEnd ? $"expected '{c}'" : $"expected '{c}', found '{Current}'");
        }

        public TargetExpression ParseExpression()
        {
            var left = ParseTerm();
            while (true)
            {
                if (Accept('+')) left = new SumExpression(left, ParseTerm());
                else if (Accept('-')) left = new DifferenceExpression(left, ParseTerm());
                else return left;
            }
        }

        private TargetExpression ParseTerm()
        {
            var left = ParseUnary();
            while (true)
            {
                if (Accept('*')) { left = new ProductExpression(left, ParseUnary()); continue; }
                SkipSpaces();
                int slash = _position;
                if (!Accept('/')) return left;
                var divisor = ParseUnary();
                if (divisor.ContainsVariable) throw ErrorAt(slash, "division only by constants");
                var d = divisor.Evaluate(Rational.Zero);
                if (d.IsZero) throw ErrorAt(slash, "division by zero");
                left = left.ContainsVariable
                    ? new ProductExpression(left, new ConstantExpression(Rational.Reciprocal(d)))
                    : new ConstantExpression(left.Evaluate(Rational.Zero) / d);
            }
        }

        private TargetExpression ParseUnary()
        {
            if (!Accept('-')) return ParsePower();
            Enter();
            var operand = ParseUnary();
            _depth--;
            return operand is ConstantExpression c ? new ConstantExpression(-c.Value) : new NegationExpression(operand);
        }

        private TargetExpression ParsePower()
        {
            var atom = ParseAtom();
            if (!Accept('^')) return atom;
            SkipSpaces();
            int start = _position;
            while (!AtEnd && char.IsAsciiDigit(Current)) _position++;
            if (start == _position) throw Error("expected a non-negative integer exponent");
            var exponent = BigInteger.Parse(text.AsSpan(start, _position - start));
            if (exponent > MaxExponent) throw ErrorAt(start, $"exponent {exponent} exceeds the maximum {MaxExponent}");
            return new PowerExpression(atom, (int)exponent);
        }

        private TargetExpression ParseAtom()
        {
            SkipSpaces();
            if (AtEnd) throw Error("expected an expression");
            int start = _position;
            if (char.IsAsciiDigit(Current) || Current == '.')
            {
                while (!AtEnd && (char.IsAsciiDigit(Current) || Current == '.')) _position++;
                if (!Rational.TryParse(text.AsSpan(start, _position - start), out var value, out var why))
                    throw ErrorAt(start, $"bad number: {why}");
                return new ConstantExpression(value);
            }
            if (char.IsAsciiLetter(Current))
            {
                while (!AtEnd && char.IsAsciiLetterOrDigit(Current)) _position++;
                return ParseName(text[start.._position], start);
            }
            if (Accept('('))
            {
                Enter();
                var inner = ParseExpression();
                Expect(')');
                _depth--;
                return inner;
            }
            throw Error($"unexpected '{Current}'");
        }

        private TargetExpression ParseName(string name, int start)
        {
            if (name == "x") return new VariableExpression();
            if (name.Length > 1 && name[0] == 'x' && name.Skip(1).All(char.IsAsciiDigit))
            {
                if (name[1] == '0' || name.Length > 6) throw ErrorAt(start, $"bad coordinate '{name}' (expected x1, x2, …)");
                return new CoordinateExpression(int.Parse(name.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture));
            }
            if (name is not ("abs" or "floor" or "min" or "max"))
                throw ErrorAt(start, $"unknown name '{name}' (expected x, x1, x2, …, abs, floor, min or max)");
            Expect('(');
            Enter();
            var arguments = new List<TargetExpression> { ParseExpression() };
            while (Accept(',')) arguments.Add(ParseExpression());
            Expect(')');
            _depth--;
            if (name is "abs" or "floor")
            {
                if (arguments.Count != 1) throw ErrorAt(start, $"{name} takes one argument, got {arguments.Count}");
                return name == "abs" ? new AbsExpression(arguments[0]) : new FloorExpression(arguments[0]);
            }
            if (arguments.Count < 2) throw ErrorAt(start, $"{name} takes at least two arguments, got 1");
            return name == "min" ? new MinExpression(arguments) : new MaxExpression(arguments);
        }

        private void Enter()
        {
            if (++_depth > MaxNesting) throw Error($"nesting deeper than {MaxNesting}");
        }
    }
}
