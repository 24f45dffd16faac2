<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>NetworkPage</name>
    <message>
      <source>loss = {0:.4f}</source>
      <translation>损失 = {0:.4f}</translation>
    </message>
    <message>
      <source>Press &lt;b&gt;Nudge next weight&lt;/b&gt;: the loss is computed with that one weight raised by h = 0.0001 and lowered by h; (L(w + h) − L(w − h)) / 2h is its entry of dW.</source>
      <translation>按&lt;b&gt;微调下一个权重&lt;/b&gt;：把这一个权重加上 h = 0.0001 和减去 h，各算一次损失；(L(w + h) − L(w − h)) / 2h 就是它在 dW 中的元素。</translation>
    </message>
    <message>
      <source>dW[{0},{1}] = {2:.4f} &amp;gt; 0: raising W[{0},{1}] raises the loss (by about {2:.4f} × h). To learn, W[{0},{1}] must go &lt;b&gt;down&lt;/b&gt;: W ← W − η dW.</source>
      <translation>dW[{0},{1}] = {2:.4f} &amp;gt; 0：增大 W[{0},{1}] 会使损失增大（约 {2:.4f} × h）。为了学习，W[{0},{1}] 应该&lt;b&gt;减小&lt;/b&gt;：W ← W − η dW。</translation>
    </message>
    <message>
      <source>dW[{0},{1}] = {2:.4f} &amp;lt; 0: raising W[{0},{1}] lowers the loss (by about {3:.4f} × h). To learn, W[{0},{1}] must go &lt;b&gt;up&lt;/b&gt;: W ← W − η dW.</source>
      <translation>dW[{0},{1}] = {2:.4f} &amp;lt; 0：增大 W[{0},{1}] 会使损失减小（约 {3:.4f} × h）。为了学习，W[{0},{1}] 应该&lt;b&gt;增大&lt;/b&gt;：W ← W − η dW。</translation>
    </message>
    <message>
      <source>L(w + h) − L(w − h) = {0:.3e}, divided by 2h = 0.0002.</source>
      <translation>L(w + h) − L(w − h) = {0:.3e}，再除以 2h = 0.0002。</translation>
    </message>
    <message>
      <source>The larger |dW|, the more that weight matters to the loss right now.</source>
      <translation>|dW| 越大，这个权重此刻对损失的影响越大。</translation>
    </message>
    <message>
      <source>Loss as W[{0},{1}] moves (the other weights fixed)</source>
      <translation>W[{0},{1}] 变化时的损失（其他权重不变）</translation>
    </message>
    <message>
      <source>loss</source>
      <translation>损失</translation>
    </message>
    <message>
      <source>The book's simpleNet (Chapter 4.4.2): one 2×3 weight matrix W, no bias. Its gradient dW says, for each of the six weights, how the loss changes when that weight alone changes a little. numerical_gradient finds it by nudging each weight by ±h in turn.</source>
      <translation>书中的 simpleNet（第 4.4.2 节）：一个 2×3 的权重矩阵 W，没有偏置。梯度 dW 表示六个权重中每一个单独稍微变化时损失如何变化。numerical_gradient 依次把每个权重微调 ±h 来求它。</translation>
    </message>
    <message>
      <source>&lt;p&gt;In the book: &lt;code&gt;f = lambda w: net.loss(x, t)&lt;/code&gt; and &lt;code&gt;dW = numerical_gradient(f, net.W)&lt;/code&gt;. f ignores its argument: numerical_gradient changes net.W itself, one entry at a time and in place, and net.loss reads the changed W. That is also why it puts each entry back.&lt;/p&gt;</source>
      <translation>&lt;p&gt;书中写的是 &lt;code&gt;f = lambda w: net.loss(x, t)&lt;/code&gt; 和 &lt;code&gt;dW = numerical_gradient(f, net.W)&lt;/code&gt;。f 并不使用它的参数：numerical_gradient 直接修改 net.W 本身，一次改一个元素（就地修改），net.loss 读取的就是改过的 W。这也是它每次都要把元素改回原值的原因。&lt;/p&gt;</translation>
    </message>
    <message>
      <source>simpleNet</source>
      <translation>simpleNet</translation>
    </message>
    <message>
      <source>Book's W</source>
      <translation>书中的 W</translation>
    </message>
    <message>
      <source>Random W</source>
      <translation>随机 W</translation>
    </message>
    <message>
      <source>A new W = np.random.randn(2, 3), as in the book</source>
      <translation>和书中一样，新的 W = np.random.randn(2, 3)</translation>
    </message>
    <message>
      <source>dW, one weight at a time</source>
      <translation>dW：一次一个权重</translation>
    </message>
    <message>
      <source>Nudge next weight</source>
      <translation>微调下一个权重</translation>
    </message>
    <message>
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <source>Start again</source>
      <translation>重新开始</translation>
    </message>
    <message>
      <source>weight</source>
      <translation>权重</translation>
    </message>
    <message>
      <source>difference</source>
      <translation>差</translation>
    </message>
  </context>
</TS>