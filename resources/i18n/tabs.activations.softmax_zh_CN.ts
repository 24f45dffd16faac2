<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>ActivationsSoftmax</name>
    <message>
      <source>input a</source>
      <translation>输入 a</translation>
    </message>
    <message>
      <source>naive: exp(a / T)</source>
      <translation>朴素：exp(a / T)</translation>
    </message>
    <message>
      <source>naive: y</source>
      <translation>朴素：y</translation>
    </message>
    <message>
      <source>stable: exp(a / T − max)</source>
      <translation>稳定：exp(a / T − max)</translation>
    </message>
    <message>
      <source>stable: y</source>
      <translation>稳定：y</translation>
    </message>
    <message>
      <source>Softmax of a vector (Chapter 3.5)</source>
      <translation>向量的softmax函数（第 3.5 节）</translation>
    </message>
    <message>
      <source>Inputs a (numbers separated by commas):</source>
      <translation>输入 a（用逗号分隔的数）：</translation>
    </message>
    <message>
      <source>Type 1 to 10 numbers separated by commas, for example 0.3, 2.9, 4.0</source>
      <translation>请输入 1 到 10 个用逗号分隔的数，例如 0.3, 2.9, 4.0</translation>
    </message>
    <message>
      <source>Book example</source>
      <translation>书中的例子</translation>
    </message>
    <message>
      <source>Overflow example</source>
      <translation>溢出的例子</translation>
    </message>
    <message>
      <source>&lt;p&gt;Softmax turns any scores a into probabilities: y&lt;sub&gt;k&lt;/sub&gt; = exp(a&lt;sub&gt;k&lt;/sub&gt;) / Σ&lt;sub&gt;i&lt;/sub&gt; exp(a&lt;sub&gt;i&lt;/sub&gt;), each between 0 and 1, summing to 1 (Chapter 3.5).&lt;/p&gt;&lt;p&gt;exp overflows above about 709, so the naive formula gives inf / inf = nan for inputs like 1010. Subtracting the largest input first changes nothing mathematically and avoids it (Chapter 3.5.2).&lt;/p&gt;&lt;p&gt;Dividing by a temperature T (not in the book) makes the result sharper (T &amp;lt; 1) or flatter (T &amp;gt; 1).&lt;/p&gt;</source>
      <translation>&lt;p&gt;softmax函数把任意分数 a 变成概率：y&lt;sub&gt;k&lt;/sub&gt; = exp(a&lt;sub&gt;k&lt;/sub&gt;) / Σ&lt;sub&gt;i&lt;/sub&gt; exp(a&lt;sub&gt;i&lt;/sub&gt;)，每个值都在 0 和 1 之间，总和为 1（第 3.5 节）。&lt;/p&gt;&lt;p&gt;exp 的参数超过约 709 就会溢出，所以对 1010 这样的输入，朴素的公式得到 inf / inf = nan。先减去最大的输入在数学上不改变结果，又能避免溢出（第 3.5.2 节）。&lt;/p&gt;&lt;p&gt;除以温度 T（书中没有）会让结果更尖锐（T &amp;lt; 1）或更平缓（T &amp;gt; 1）。&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Softmax: stable (blue) and naive (orange)</source>
      <translation>softmax函数：稳定版（蓝）与朴素版（橙）</translation>
    </message>
    <message>
      <source>Not updated: still the last valid input a = ({0})</source>
      <translation>未更新：仍是上一个有效输入 a = ({0})</translation>
    </message>
    <message>
      <source>stable softmax</source>
      <translation>稳定的softmax</translation>
    </message>
    <message>
      <source>naive softmax</source>
      <translation>朴素的softmax</translation>
    </message>
    <message>
      <source>Temperature T = {0:.2f}</source>
      <translation>温度 T = {0:.2f}</translation>
    </message>
    <message>
      <source>Sum of the stable outputs: {0:.6f}</source>
      <translation>稳定版输出之和：{0:.6f}</translation>
    </message>
    <message>
      <source>Naive softmax overflows: exp({0:g}) = inf, and inf / inf = nan. Subtracting the largest input ({0:g}) first gives the right answer.</source>
      <translation>朴素的softmax溢出了：exp({0:g}) = inf，而 inf / inf = nan。先减去最大的输入（{0:g}）就能得到正确的结果。</translation>
    </message>
    <message>
      <source>Naive softmax underflows: every exp(a / T) is 0, and 0 / 0 = nan. Subtracting the largest input ({0:g}) first gives the right answer.</source>
      <translation>朴素的softmax下溢了：每个 exp(a / T) 都是 0，而 0 / 0 = nan。先减去最大的输入（{0:g}）就能得到正确的结果。</translation>
    </message>
    <message>
      <source>No overflow here: naive and stable softmax agree (difference {0:.1e}).</source>
      <translation>这里没有溢出：朴素版与稳定版的softmax一致（相差 {0:.1e}）。</translation>
    </message>
    <message>
      <source>Last valid input ({0}): {1}</source>
      <translation>上一个有效输入（{0}）：{1}</translation>
    </message>
  </context>
</TS>