using System.Runtime.ExceptionServices;
using RCNetProofs.Kernel.Networks;

namespace RCNetProofs.Kernel.Analysis;

// The affine analyses (BoxAnalysis.DecideAffine) of a list of boxes, computed on demand in batches of `parallelism`
// boxes at a time, in parallel; the caller reads them in order. An exception of a box's analysis is rethrown when that box is read.
internal sealed class AffineBatch(Network network, IReadOnlyList<Box> boxes, int parallelism)
{
    private AffineOnBox?[] _results = [];
    private ExceptionDispatchInfo?[] _errors = [];
    private int _start;

    public AffineOnBox Get(int index)
    {
        if (index < _start || index >= _start + _results.Length) Compute(index);
        _errors[index - _start]?.Throw();
        return _results[index - _start]!;
    }

    private void Compute(int start)
    {
        int count = Math.Min(parallelism, boxes.Count - start);
        var results = new AffineOnBox?[count];
        var errors = new ExceptionDispatchInfo?[count];
        void One(int k)
        {
            try { results[k] = BoxAnalysis.DecideAffine(network, boxes[start + k]); }
            catch (Exception e) { errors[k] = ExceptionDispatchInfo.Capture(e); }
        }
        if (count == 1) One(0);
        else Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, One);
        (_start, _results, _errors) = (start, results, errors);
    }
}
