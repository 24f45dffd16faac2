<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>BatchPage</name>
    <message>
      <source>Training looks at a &lt;b&gt;mini-batch&lt;/b&gt;: a few images drawn at random, whose mean loss stands in for the loss of all 60,000 (Chapter 4.2.3). For a batch of N, cross-entropy is the mean over the batch: E = −1/N Σ&lt;sub&gt;n&lt;/sub&gt; Σ&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;nk&lt;/sub&gt; log y&lt;sub&gt;nk&lt;/sub&gt;.</source>
      <translation>学习时只看一个 &lt;b&gt;mini-batch&lt;/b&gt;：随机抽出的少量图像，用它们的平均损失代替全部 60,000 张图像的损失（第 4.2.3 节）。N 个数据的交叉熵误差是整个批的平均：E = −1/N Σ&lt;sub&gt;n&lt;/sub&gt; Σ&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;nk&lt;/sub&gt; log y&lt;sub&gt;nk&lt;/sub&gt;。</translation>
    </message>
    <message>
      <source>MNIST</source>
      <translation>MNIST</translation>
    </message>
    <message>
      <source>Could not prepare MNIST: {0}</source>
      <translation>无法准备 MNIST：{0}</translation>
    </message>
    <message>
      <source>Reading MNIST and training the book's TwoLayerNet for a few seconds, so that its losses differ from image to image…</source>
      <translation>正在读取 MNIST，并把书中的 TwoLayerNet 训练几秒钟，使每张图像的损失各不相同……</translation>
    </message>
    <message>
      <source>The MNIST training images are needed here.</source>
      <translation>这里需要 MNIST 的训练图像。</translation>
    </message>
    <message>
      <source>Load MNIST</source>
      <translation>读入 MNIST</translation>
    </message>
    <message>
      <source>A mini-batch (Chapter 4.2.3–4.2.4)</source>
      <translation>一个 mini-batch（第 4.2.3–4.2.4 节）</translation>
    </message>
    <message>
      <source>Batch size N:</source>
      <translation>批大小 N：</translation>
    </message>
    <message>
      <source>Draw np.random.choice(60000, N)</source>
      <translation>抽取 np.random.choice(60000, N)</translation>
    </message>
    <message>
      <source>t one-hot:&lt;br&gt;&lt;tt&gt;−Σ t·log(y + δ) / N&lt;/tt&gt;</source>
      <translation>t 为 one-hot 表示：&lt;br&gt;&lt;tt&gt;−Σ t·log(y + δ) / N&lt;/tt&gt;</translation>
    </message>
    <message>
      <source>t as labels:&lt;br&gt;&lt;tt&gt;−Σ log(y[arange(N), t] + δ) / N&lt;/tt&gt;</source>
      <translation>t 为标签形式：&lt;br&gt;&lt;tt&gt;−Σ log(y[arange(N), t] + δ) / N&lt;/tt&gt;</translation>
    </message>
    <message>
      <source>All 60,000 images:</source>
      <translation>全部 60,000 张图像：</translation>
    </message>
    <message>
      <source>Sample live</source>
      <translation>连续抽样</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>清除</translation>
    </message>
    <message>
      <source>batch size N</source>
      <translation>批大小 N</translation>
    </message>
    <message>
      <source>mean loss of a batch</source>
      <translation>一个批的平均损失</translation>
    </message>
    <message>
      <source>Red line: all 60,000 · dots: batches · dashes: ± one standard deviation</source>
      <translation>红线：全部 60,000 张 · 点：各个批 · 虚线：± 一个标准差</translation>
    </message>
    <message>
      <source>&lt;p&gt;Each dot is one batch's mean loss. Small batches stray far from the red line; by N = 100 they stay close: the spread shrinks like 1/√N. That is why a mini-batch of 100 is a good enough stand-in for the whole set, at 1/600 of the cost.&lt;/p&gt;&lt;p&gt;Under each image: its label t and its own loss −log y&lt;sub&gt;t&lt;/sub&gt;. The network is the book's TwoLayerNet after a few hundred steps of training.&lt;/p&gt;</source>
      <translation>&lt;p&gt;每个点是一个批的平均损失。小批离红线很远；到 N = 100 时已经很接近：离散程度按 1/√N 缩小。所以 100 个数据的 mini-batch 足以代替整个训练集，而计算量只有 1/600。&lt;/p&gt;&lt;p&gt;每张图像下方：它的标签 t 和它自己的损失 −log y&lt;sub&gt;t&lt;/sub&gt;。神经网络是书中的 TwoLayerNet，只训练了几百步。&lt;/p&gt;</translation>
    </message>
  </context>
</TS>