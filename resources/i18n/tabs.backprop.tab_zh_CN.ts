<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>BackpropTab</name>
    <message>
      <source>Backpropagation</source>
      <translation>误差反向传播</translation>
    </message>
    <message>
      <source>Chapter 5: backpropagation on computational graphs</source>
      <translation>第5章：计算图上的误差反向传播</translation>
    </message>
    <message>
      <source>Apples (5.4.1)</source>
      <translation>买苹果（5.4.1）</translation>
    </message>
    <message>
      <source>Apples and oranges (5.4.2)</source>
      <translation>买苹果和橘子（5.4.2）</translation>
    </message>
    <message>
      <source>Sigmoid neuron, expanded (5.5.2)</source>
      <translation>sigmoid 神经元，展开（5.5.2）</translation>
    </message>
    <message>
      <source>Sigmoid neuron, one node (5.5.2)</source>
      <translation>sigmoid 神经元，单个节点（5.5.2）</translation>
    </message>
    <message>
      <source>Three-layer network, forward (3.4.3)</source>
      <translation>三层神经网络的正向传播（3.4.3）</translation>
    </message>
    <message>
      <source>Layers: Affine, ReLU, Affine, Softmax-with-Loss (5.7)</source>
      <translation>层：Affine、ReLU、Affine、Softmax-with-Loss（5.7）</translation>
    </message>
    <message>
      <source>Your own expression (5.2)</source>
      <translation>你自己的表达式（5.2）</translation>
    </message>
    <message>
      <source>2 apples at 100 each, tax 1.1: what you pay is 220.</source>
      <translation>2 个苹果，每个 100 元，消费税 1.1：支付金额是 220 元。</translation>
    </message>
    <message>
      <source>2 apples at 100 and 3 oranges at 150, tax 1.1: 715 in all.</source>
      <translation>2 个 100 元的苹果和 3 个 150 元的橘子，消费税 1.1：一共 715 元。</translation>
    </message>
    <message>
      <source>y = sigmoid(w·x + b) with the sigmoid written as ×(−1), exp, +1 and 1/x.</source>
      <translation>y = sigmoid(w·x + b)，其中 sigmoid 展开为 ×(−1)、exp、+1 和 1/x。</translation>
    </message>
    <message>
      <source>The same neuron with the sigmoid as one node: dx = dout·y·(1−y).</source>
      <translation>同一个神经元，sigmoid 合并为一个节点：dx = dout·y·(1−y)。</translation>
    </message>
    <message>
      <source>Each layer is np.dot(x, W) + b and an activation; the book's weights and x = [1.0, 0.5] give y = [0.3168, 0.6963].</source>
      <translation>每一层都是 np.dot(x, W) + b 再加一个激活函数；用书中的权重和 x = [1.0, 0.5] 得到 y = [0.3168, 0.6963]。</translation>
    </message>
    <message>
      <source>A batch of 2 samples through the layers of chapter 5; the arrows carry matrices.</source>
      <translation>一个含 2 个样本的批次通过第5章的各层；箭头上传递的是矩阵。</translation>
    </message>
    <message>
      <source>Type a formula: its computational graph is built and stepped like the book's. Backward, each step shows the chain rule with its numbers.</source>
      <translation>输入一个式子：生成它的计算图，并像书中的例子一样逐步计算。反向传播时，每一步都用数字写出链式法则。</translation>
    </message>
    <message>
      <source>A computational graph splits a calculation into simple nodes. Forward, each node computes its output (blue, above the arrows). Backward, each node multiplies the gradient coming from the right by its local derivative and passes it on (red, below the arrows): that is backpropagation.</source>
      <translation>计算图把计算拆成简单的节点。正向传播时，每个节点计算自己的输出（蓝色，写在箭头上方）。反向传播时，每个节点把从右边传来的梯度乘以自己的局部导数，再传给左边（红色，写在箭头下方）：这就是误差反向传播。</translation>
    </message>
    <message>
      <source>Graph</source>
      <translation>计算图</translation>
    </message>
    <message>
      <source>Step through</source>
      <translation>逐步执行</translation>
    </message>
    <message>
      <source>◀ Previous</source>
      <translation>◀ 上一步</translation>
    </message>
    <message>
      <source>Next ▶</source>
      <translation>下一步 ▶</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>重置</translation>
    </message>
    <message>
      <source>Keys: → next, ← previous, space play/pause.</source>
      <translation>按键：→ 下一步，← 上一步，空格 播放/暂停。</translation>
    </message>
    <message>
      <source>Inputs</source>
      <translation>输入</translation>
    </message>
    <message>
      <source>Book's values</source>
      <translation>恢复书中的数值</translation>
    </message>
    <message>
      <source>{0} cannot take this value (labels t are 0 or 1): it was put back.</source>
      <translation>{0} 不能取这个值（监督标签 t 只能是 0 或 1）：已恢复原值。</translation>
    </message>
    <message>
      <source>❚❚ Pause</source>
      <translation>❚❚ 暂停</translation>
    </message>
    <message>
      <source>▶ Play</source>
      <translation>▶ 播放</translation>
    </message>
    <message>
      <source>Step 0 of {0}: nothing computed yet.</source>
      <translation>第 0 步（共 {0} 步）：还没有计算。</translation>
    </message>
    <message>
      <source>Step {0} of {1}: forward.</source>
      <translation>第 {0} 步（共 {1} 步）：正向传播。</translation>
    </message>
    <message>
      <source>Step {0} of {1}: backward.</source>
      <translation>第 {0} 步（共 {1} 步）：反向传播。</translation>
    </message>
  </context>
</TS>