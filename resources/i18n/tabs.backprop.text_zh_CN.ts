<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>BackpropText</name>
    <message>
      <source>apple</source>
      <translation>苹果</translation>
    </message>
    <message>
      <source>apple count</source>
      <translation>苹果的个数</translation>
    </message>
    <message>
      <source>orange</source>
      <translation>橘子</translation>
    </message>
    <message>
      <source>orange count</source>
      <translation>橘子的个数</translation>
    </message>
    <message>
      <source>tax</source>
      <translation>消费税</translation>
    </message>
    <message>
      <source>price</source>
      <translation>支付金额</translation>
    </message>
    <message>
      <source>Multiply node</source>
      <translation>乘法节点</translation>
    </message>
    <message>
      <source>Add node</source>
      <translation>加法节点</translation>
    </message>
    <message>
      <source>exp node</source>
      <translation>exp节点</translation>
    </message>
    <message>
      <source>Division node (1/x)</source>
      <translation>除法节点（1/x）</translation>
    </message>
    <message>
      <source>Sigmoid node</source>
      <translation>sigmoid节点</translation>
    </message>
    <message>
      <source>Identity function</source>
      <translation>恒等函数</translation>
    </message>
    <message>
      <source>dot node (matrix product)</source>
      <translation>dot节点（矩阵乘积）</translation>
    </message>
    <message>
      <source>Affine layer</source>
      <translation>Affine层</translation>
    </message>
    <message>
      <source>ReLU layer</source>
      <translation>ReLU层</translation>
    </message>
    <message>
      <source>Softmax-with-Loss layer</source>
      <translation>Softmax-with-Loss层</translation>
    </message>
    <message>
      <source>Subtract node</source>
      <translation>减法节点</translation>
    </message>
    <message>
      <source>Division node (x/y)</source>
      <translation>除法节点（x/y）</translation>
    </message>
    <message>
      <source>Minus node (−x)</source>
      <translation>负号节点（−x）</translation>
    </message>
    <message>
      <source>Power node</source>
      <translation>幂节点</translation>
    </message>
    <message>
      <source>log node</source>
      <translation>log节点</translation>
    </message>
    <message>
      <source>tanh node</source>
      <translation>tanh节点</translation>
    </message>
    <message>
      <source>A multiply node swaps its inputs on the way back: each input's gradient is dout times the other input.</source>
      <translation>乘法节点反向传播时会“翻转”输入：每个输入的梯度等于 dout 乘以另一个输入。</translation>
    </message>
    <message>
      <source>An add node passes dout back unchanged to both inputs.</source>
      <translation>加法节点把 dout 原封不动地传给两个输入。</translation>
    </message>
    <message>
      <source>The derivative of exp(x) is exp(x) itself: dout times the node's output.</source>
      <translation>exp(x) 的导数就是 exp(x) 本身：dout 乘以该节点的输出。</translation>
    </message>
    <message>
      <source>The derivative of 1/x is −1/x², that is −out².</source>
      <translation>1/x 的导数是 −1/x²，也就是 −out²。</translation>
    </message>
    <message>
      <source>The sigmoid's gradient needs only its output y: dout · y · (1 − y). It is the whole expanded graph (×, exp, +, /) folded into one node.</source>
      <translation>sigmoid 的梯度只需要它的输出 y：dout · y · (1 − y)。它就是把展开的计算图（×、exp、+、/）合并成一个节点。</translation>
    </message>
    <message>
      <source>The identity function passes dout back unchanged.</source>
      <translation>恒等函数把 dout 原封不动地传回去。</translation>
    </message>
    <message>
      <source>A matrix product: each input's gradient is dout times the transpose of the other input, so the shapes match again.</source>
      <translation>矩阵乘积：每个输入的梯度等于 dout 乘以另一个输入的转置，这样形状正好对得上。</translation>
    </message>
    <message>
      <source>The Affine layer is a dot node followed by an add node: the shapes of dx, dW and db are those of x, W and b; db sums dout over the batch.</source>
      <translation>Affine层就是一个dot节点加一个加法节点：dx、dW、db 的形状与 x、W、b 相同；db 是 dout 在批次方向上的总和。</translation>
    </message>
    <message>
      <source>ReLU lets dout through where its input was positive and sends back 0 elsewhere, like a switch.</source>
      <translation>ReLU 像开关一样：正向传播时输入大于 0 的地方让 dout 通过，其余地方传回 0。</translation>
    </message>
    <message>
      <source>Softmax followed by the cross-entropy error has the neat gradient (y − t) / N: the prediction minus the label, averaged over the batch.</source>
      <translation>Softmax 加交叉熵误差的梯度非常漂亮：(y − t) / N，即输出减去监督标签，再对批次取平均。</translation>
    </message>
    <message>
      <source>A subtract node passes dout back to x, and −dout to y.</source>
      <translation>减法节点把 dout 原样传给 x，把 −dout 传给 y。</translation>
    </message>
    <message>
      <source>x/y is x times 1/y: x gets dout/y, y gets dout times the derivative of 1/y, −x/y².</source>
      <translation>x/y 就是 x 乘以 1/y：x 得到 dout/y，y 得到 dout 乘以 1/y 的导数，即 −x/y²。</translation>
    </message>
    <message>
      <source>A minus sign flips dout's sign.</source>
      <translation>负号把 dout 的符号反过来。</translation>
    </message>
    <message>
      <source>The derivative of x^c is c·x^(c−1): for t², it is 2t.</source>
      <translation>x^c 的导数是 c·x^(c−1)：t² 的导数是 2t。</translation>
    </message>
    <message>
      <source>The derivative of log(x) is 1/x.</source>
      <translation>log(x) 的导数是 1/x。</translation>
    </message>
    <message>
      <source>The derivative of tanh(x) is 1 − tanh(x)², from the node's output.</source>
      <translation>tanh(x) 的导数是 1 − tanh(x)²，由节点的输出算出。</translation>
    </message>
    <message>
      <source>Press Next (→) to run the first node forward. The values above the arrows are computed from left to right; then the gradients below the arrows come back from right to left.</source>
      <translation>按“下一步”（→）让第一个节点做正向传播。箭头上方的值从左到右依次算出；然后箭头下方的梯度从右向左传回来。</translation>
    </message>
    <message>
      <source>Press Next (→) to run the first node forward. Chapter 3 has only the forward pass: np.dot(x, W) + b and the activation function, layer after layer.</source>
      <translation>按“下一步”（→）让第一个节点做正向传播。第3章只有正向传播：逐层计算 np.dot(x, W) + b 和激活函数。</translation>
    </message>
    <message>
      <source>Step {0} of {1} · backward · {2}</source>
      <translation>第 {0} 步（共 {1} 步）· 反向传播 · {2}</translation>
    </message>
    <message>
      <source>Step {0} of {1} · forward · {2}</source>
      <translation>第 {0} 步（共 {1} 步）· 正向传播 · {2}</translation>
    </message>
    <message>
      <source>Local rule:</source>
      <translation>局部规则：</translation>
    </message>
    <message>
      <source>Done: every gradient is known. Reset (or ←) to go through it again.</source>
      <translation>完成：所有梯度都已求出。按“重置”（或 ←）可以再看一遍。</translation>
    </message>
    <message>
      <source>Done: this is the network's output y. Reset (or ←) to go through it again.</source>
      <translation>完成：这就是神经网络的输出 y。按“重置”（或 ←）可以再看一遍。</translation>
    </message>
  </context>
</TS>